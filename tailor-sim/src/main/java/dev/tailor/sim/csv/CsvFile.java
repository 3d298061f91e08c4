package dev.tailor.sim.csv;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A UTF-8 CSV file being written: the header row first, then buffers of rows, in order. */
public final class CsvFile implements Closeable {
  private final Path path;
  private final Writer out;
  private long rows;

  private CsvFile(Path path, Writer out) {
    this.path = path;
    this.out = out;
  }

  /** Creates (or truncates) {@code path} and writes the header row. */
  public static CsvFile create(Path path, List<String> header) {
    try {
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
      CsvFile file = new CsvFile(path, out);
      CsvBuffer head = new CsvBuffer();
      head.row(header);
      out.append(head.text());
      return file;
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot create " + path, e);
    }
  }

  /** Appends the rows of {@code buffer} and clears it. */
  public void append(CsvBuffer buffer) {
    try {
      out.append(buffer.text());
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot write " + path, e);
    }
    rows += buffer.rows();
    buffer.clear();
  }

  /** Data rows written so far (the header not counted). */
  public long rows() {
    return rows;
  }

  /** The file's path. */
  public Path path() {
    return path;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot close " + path, e);
    }
  }
}
