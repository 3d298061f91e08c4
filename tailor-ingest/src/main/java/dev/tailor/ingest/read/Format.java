package dev.tailor.ingest.read;

import java.util.Locale;
import java.util.Optional;

/** The text formats a source file may have; either may be gzip-compressed ({@code .gz}). */
public enum Format {
  /** Comma-separated values, RFC 4180, with a header row. */
  CSV("csv"),
  /** One JSON object per line. */
  JSONL("jsonl");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The file extension without the dot, e.g. {@code csv}. */
  public String extension() {
    return extension;
  }

  /** The format a file name announces ({@code x.csv}, {@code x.jsonl.gz}), if any. */
  public static Optional<Format> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    for (Format f : values()) {
      if (name.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Parses {@code csv} or {@code jsonl}, case-insensitively. */
  public static Optional<Format> find(String name) {
    for (Format f : values()) {
      if (f.extension.equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
