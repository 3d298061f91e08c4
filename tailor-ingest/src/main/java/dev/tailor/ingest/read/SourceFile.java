package dev.tailor.ingest.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file to read rows from.
 *
 * @param path where it is
 * @param format how its rows are written
 * @param delimiter the CSV field separator (ignored for JSONL)
 */
public record SourceFile(Path path, Format format, char delimiter) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }

  /** A comma-separated or JSONL file. */
  public static SourceFile of(Path path, Format format) {
    return new SourceFile(path, format, ',');
  }

  /** The file name without its folder, as reports show it. */
  public String name() {
    return path.getFileName().toString();
  }

  /** True when the name ends with {@code .gz}. */
  public boolean gzipped() {
    return name().toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
