package dev.tailor.ingest;

import dev.tailor.core.ErrorCode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/** Keeps the first rejects in memory and streams all of them to the rejects file, if any. */
final class RejectLog implements Closeable {
  private static final CSVFormat CSV = CSVFormat.RFC4180;

  private final int keep;
  private final List<Reject> first = new ArrayList<>();
  private final Writer printer;
  private final Optional<Path> path;
  private long total;

  RejectLog(Optional<Path> path, int keep) {
    this.keep = keep;
    this.path = path;
    this.printer = path.map(RejectLog::open).orElse(null);
  }

  private static Writer open(Path path) {
    try {
      Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      out.write(CSV.format("file", "line", "field", "reason", "raw"));
      out.write(CSV.getRecordSeparator());
      return out;
    } catch (IOException e) {
      throw new ImportException(
          ErrorCode.BAD_INPUT,
          "cannot write the rejects file " + path.getFileName() + ": " + e.getMessage(),
          e);
    }
  }

  void add(Reject r) {
    total++;
    if (first.size() < keep) {
      first.add(r);
    }
    if (printer != null) {
      try {
        printer.write(CSV.format(r.file(), r.line(), r.field(), r.reason(), r.raw()));
        printer.write(CSV.getRecordSeparator());
      } catch (IOException e) {
        throw new ImportException(
            ErrorCode.RUNTIME, "cannot write the rejects file: " + e.getMessage(), e);
      }
    }
  }

  List<Reject> first() {
    return first;
  }

  long total() {
    return total;
  }

  Optional<Path> path() {
    return path;
  }

  @Override
  public void close() {
    if (printer != null) {
      try {
        printer.close();
      } catch (IOException e) {
        throw new ImportException(
            ErrorCode.RUNTIME, "cannot write the rejects file: " + e.getMessage(), e);
      }
    }
  }
}
