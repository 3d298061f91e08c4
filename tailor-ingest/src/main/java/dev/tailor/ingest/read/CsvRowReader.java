package dev.tailor.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV file whose first record is the header. Quoted fields may span lines; empty
 * lines are skipped. A record with another number of fields than the header, or with bytes that are
 * not UTF-8, becomes a row with a {@link RowDefect}. A syntax error (e.g. an unterminated quote)
 * ends the file with one defective row, since the parser cannot find the next record.
 */
final class CsvRowReader implements RowReader {
  private final SourceFile file;
  private final BufferedReader reader;
  private final CountingInputStream counter;
  private final OptionalLong total;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Header header;
  private long lastLine;
  private boolean broken;

  CsvRowReader(
      SourceFile file, BufferedReader reader, CountingInputStream counter, OptionalLong total) {
    this.file = file;
    this.reader = reader;
    this.counter = counter;
    this.total = total;
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(file.delimiter()).setIgnoreEmptyLines(true).get();
    try {
      this.parser = format.parse(reader);
      this.records = parser.iterator();
      if (!records.hasNext()) {
        throw new ReadException(file.name() + ": the file is empty; a header row is required");
      }
      this.header = readHeader(records.next());
      this.lastLine = parser.getCurrentLineNumber();
    } catch (IOException | UncheckedIOException e) {
      throw new ReadException(file.name() + ": cannot read the header: " + e.getMessage(), e);
    }
  }

  private Header readHeader(CSVRecord record) {
    List<String> names = new ArrayList<>(record.size());
    for (String v : record.values()) {
      names.add((names.isEmpty() ? Utf8.stripBom(v) : v).strip());
    }
    try {
      Header h = new Header(names);
      h.findUndecodable()
          .ifPresent(
              n -> {
                throw new ReadException("header column '" + n + "' is not valid UTF-8");
              });
      return h;
    } catch (ReadException e) {
      throw new ReadException(file.name() + ", line 1: " + e.getMessage(), e);
    }
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public Optional<Row> next() {
    if (broken) {
      return Optional.empty();
    }
    try {
      if (!records.hasNext()) {
        return Optional.empty();
      }
      CSVRecord record = records.next();
      String[] values = record.values();
      long end = parser.getCurrentLineNumber();
      long start = Math.max(lastLine + 1, end - embeddedLineBreaks(values));
      lastLine = end;
      return Optional.of(new CsvRow(header, values, start, check(values)));
    } catch (UncheckedIOException | IllegalStateException e) {
      broken = true;
      String reason = "malformed CSV, the rest of the file was not read: " + e.getMessage();
      return Optional.of(
          new CsvRow(header, new String[0], lastLine + 1, new RowDefect("", reason)));
    }
  }

  private RowDefect check(String[] values) {
    if (values.length != header.size()) {
      return new RowDefect("", "expected " + header.size() + " columns, found " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].indexOf(Utf8.REPLACEMENT) >= 0) {
        return RowDefect.invalidUtf8(header.names().get(i));
      }
    }
    return null;
  }

  private static long embeddedLineBreaks(String[] values) {
    long n = 0;
    for (String v : values) {
      for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public long bytesRead() {
    return counter.count();
  }

  @Override
  public OptionalLong totalBytes() {
    return total;
  }

  @Override
  public void close() {
    RowReaders.closeQuietly(parser);
    RowReaders.closeQuietly(reader);
  }

  /** A CSV record viewed through the header. */
  private static final class CsvRow implements Row {
    private final Header header;
    private final String[] values;
    private final long line;
    private final RowDefect defect;

    CsvRow(Header header, String[] values, long line, RowDefect defect) {
      this.header = header;
      this.values = values;
      this.line = line;
      this.defect = defect;
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public String get(String name) {
      int i = header.indexOf(name);
      return i < 0 || i >= values.length ? "" : values[i];
    }

    @Override
    public List<String> names() {
      return header.names();
    }

    @Override
    public String raw() {
      return CSVFormat.RFC4180.format((Object[]) values);
    }

    @Override
    public Optional<RowDefect> defect() {
      return Optional.ofNullable(defect);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + Arrays.toString(values);
    }
  }
}
