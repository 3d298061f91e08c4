/**
 * The catalog as dense item numbers with per-item arrays, built once per engine, so that the rules,
 * sources and similarity of a decision compare ints and doubles instead of strings and maps.
 */
package dev.tailor.strategy.items;
