package dev.tailor.ingest.read;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/** Opens a {@link RowReader} for a source file of either format, compressed or not. */
public final class RowReaders {
  private static final int BUFFER_BYTES = 1 << 16;

  private RowReaders() {}

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws ReadException when the file is missing, unreadable, not gzip although named so, or has
   *     no usable header
   */
  public static RowReader open(SourceFile file) {
    Opened opened = openText(file);
    try {
      return switch (file.format()) {
        case CSV -> new CsvRowReader(file, opened.reader(), opened.counter(), opened.total());
        case JSONL -> new JsonlRowReader(file, opened.reader(), opened.counter(), opened.total());
      };
    } catch (RuntimeException e) {
      closeQuietly(opened.reader());
      throw e;
    }
  }

  private static Opened openText(SourceFile file) {
    InputStream raw = null;
    try {
      long total = Files.size(file.path());
      raw = Files.newInputStream(file.path());
      CountingInputStream counter = new CountingInputStream(raw);
      InputStream in = new BufferedInputStream(counter, BUFFER_BYTES);
      if (file.gzipped()) {
        in = new GZIPInputStream(in, BUFFER_BYTES);
      }
      return new Opened(Utf8.reader(in), counter, OptionalLong.of(total));
    } catch (NoSuchFileException e) {
      throw new ReadException(file.name() + ": no such file", e);
    } catch (IOException e) {
      closeQuietly(raw);
      throw new ReadException(file.name() + ": cannot read: " + e.getMessage(), e);
    }
  }

  static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception ignored) {
        // nothing useful to do: the file was only read
      }
    }
  }

  private record Opened(BufferedReader reader, CountingInputStream counter, OptionalLong total) {}
}
