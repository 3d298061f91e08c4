/**
 * Tracking links: HMAC-SHA256 signed click, open-pixel, unsubscribe and feedback URLs under the
 * configured base URL, UTM tagging, and the rewriting of a rendered email's links.
 */
package dev.tailor.render.links;
