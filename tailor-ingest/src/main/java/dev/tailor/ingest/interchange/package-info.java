/**
 * The interchange format: which files a folder holds ({@link
 * dev.tailor.ingest.interchange.InterchangeFolder}), the fields of each {@link
 * dev.tailor.ingest.interchange.Target}, and the parsers that turn a row into a {@code Product},
 * {@code Customer} or {@code Event}, throwing a {@link
 * dev.tailor.ingest.interchange.FieldException} that names the field and the reason.
 */
package dev.tailor.ingest.interchange;
