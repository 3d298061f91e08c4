/**
 * Streaming rows out of CSV and JSONL files, gzipped or not, one row in memory at a time. Bytes are
 * decoded as UTF-8 with replacement; a row holding undecodable bytes, the wrong number of columns
 * or bad JSON carries a {@link dev.tailor.ingest.read.RowDefect} instead of failing the file. Knows
 * nothing of what the rows mean.
 */
package dev.tailor.ingest.read;
