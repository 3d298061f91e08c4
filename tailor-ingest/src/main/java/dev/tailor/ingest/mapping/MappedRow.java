package dev.tailor.ingest.mapping;

import dev.tailor.ingest.read.Header;
import dev.tailor.ingest.read.Row;
import dev.tailor.ingest.read.RowDefect;
import java.util.List;
import java.util.Optional;

/** A source row mapped onto interchange fields; line and raw text are the source row's. */
final class MappedRow implements Row {
  private final Header header;
  private final String[] values;
  private final Row source;

  MappedRow(Header header, String[] values, Row source) {
    this.header = header;
    this.values = values;
    this.source = source;
  }

  void set(int index, String value) {
    values[index] = value;
  }

  @Override
  public long line() {
    return source.line();
  }

  @Override
  public String get(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      return "";
    }
    String v = values[i];
    return v == null ? "" : v;
  }

  @Override
  public List<String> names() {
    return header.names();
  }

  @Override
  public String raw() {
    return source.raw();
  }

  @Override
  public Optional<RowDefect> defect() {
    return Optional.empty();
  }
}
