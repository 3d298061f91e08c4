package dev.tailor.ingest.read;

import java.io.Closeable;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Streams the rows of one source file, holding one row in memory at a time. Not thread-safe. A
 * problem with one row is reported as that row's {@link Row#defect()}, never thrown.
 */
public interface RowReader extends Closeable {

  /** The field names: the CSV header row, or the keys of the first JSON object. */
  Header header();

  /** The next row, or empty at the end of the file. */
  Optional<Row> next();

  /** Bytes of the file (as stored, i.e. compressed when gzipped) consumed so far. */
  long bytesRead();

  /** The size of the file as stored, when known. */
  OptionalLong totalBytes();

  @Override
  void close();
}
