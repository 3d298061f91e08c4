/**
 * Importing shop data into a {@link dev.tailor.core.store.Store}: the API the command calls.
 *
 * <p>{@link dev.tailor.ingest.Importer#importDirectory} reads a folder of interchange files ({@code
 * products}, {@code customers}, {@code events} as CSV or JSONL, optionally gzipped), or a foreign
 * export through a column mapping ({@link dev.tailor.ingest.ImportOptions#mapping()}), and returns
 * an {@link dev.tailor.ingest.ImportReport}: per file and target, rows read, created, updated,
 * duplicates, rejected and skipped, with the first rejects and all of them in a CSV file.
 *
 * <p>The sub-packages are the implementation, cut by feature: {@code read} (files to rows), {@code
 * interchange} (rows to domain records), {@code mapping} (foreign rows to interchange rows) and
 * {@code load} (batched writes through the ports). None of them depends on this package.
 */
package dev.tailor.ingest;
