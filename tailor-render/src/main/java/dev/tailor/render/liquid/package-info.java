/**
 * Liquid (liqp) with limits and no file access, and the per-recipient model templates read, with
 * every value already HTML-escaped.
 */
package dev.tailor.render.liquid;
