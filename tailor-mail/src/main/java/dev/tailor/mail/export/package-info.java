/**
 * The ESP export: {@link dev.tailor.mail.export.EspExportTransport} appends one JSON line per
 * recipient (parts, headers, metadata with the decision) to a {@code .jsonl} file for another
 * sending platform.
 */
package dev.tailor.mail.export;
