/**
 * A tiny RFC 4180 CSV writer: rows are assembled in a {@link dev.tailor.sim.csv.CsvBuffer} (so
 * worker threads can format text without touching files) and appended to a UTF-8 {@link
 * dev.tailor.sim.csv.CsvFile} that starts with its header row. Fields are quoted only when they
 * contain a comma, a double quote, a carriage return or a line feed; quotes inside are doubled.
 * Rows end with a line feed.
 */
package dev.tailor.sim.csv;
