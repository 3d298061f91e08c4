package dev.tailor.ingest.interchange;

import dev.tailor.ingest.read.Row;

/**
 * Turns one interchange row into a domain record. Instances keep reusable state (a digest, caches)
 * and are not thread-safe: use one per import.
 *
 * @param <T> the record type
 */
public interface RecordParser<T> {

  /**
   * The record the row describes.
   *
   * @throws FieldException naming the field and the reason when the row is not valid
   */
  T parse(Row row);

  /** The id a record is stored under, for repeat detection. */
  String idOf(T record);
}
