package dev.tailor.ingest;

import java.util.OptionalLong;

/**
 * Where an import stands in one file.
 *
 * @param file the file name (without folder)
 * @param rows data rows read so far from this file
 * @param bytesRead bytes of the file consumed so far (compressed bytes for a gzipped file)
 * @param totalBytes the file's size, when known
 */
public record ImportProgress(String file, long rows, long bytesRead, OptionalLong totalBytes) {

  /** The share of the file read, 0..100, when its size is known. */
  public OptionalLong percent() {
    if (totalBytes.isEmpty() || totalBytes.getAsLong() == 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.min(100, bytesRead * 100 / totalBytes.getAsLong()));
  }
}
