package dev.tailor.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * Reads one JSON object per line. Blank lines are skipped. Values are read as text: numbers in
 * their plain decimal form, booleans as {@code true}/{@code false}, arrays joined with {@code |}
 * (the separator of {@code tags}), nested objects as JSON text, {@code null} as absent.
 */
final class JsonlRowReader implements RowReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final SourceFile file;
  private final BufferedReader reader;
  private final CountingInputStream counter;
  private final OptionalLong total;
  private final Header header;
  private long lineNumber;
  private Row pending;

  JsonlRowReader(
      SourceFile file, BufferedReader reader, CountingInputStream counter, OptionalLong total) {
    this.file = file;
    this.reader = reader;
    this.counter = counter;
    this.total = total;
    this.pending = read();
    this.header =
        pending instanceof JsonRow row && row.defect().isEmpty()
            ? new Header(row.names())
            : new Header(List.of());
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public Optional<Row> next() {
    Row row = pending != null ? pending : read();
    pending = null;
    return Optional.ofNullable(row);
  }

  private Row read() {
    String line;
    try {
      do {
        line = reader.readLine();
        lineNumber++;
      } while (line != null && line.isBlank());
    } catch (IOException e) {
      throw new ReadException(file.name() + ", line " + lineNumber + ": " + e.getMessage(), e);
    }
    if (line == null) {
      return null;
    }
    if (lineNumber == 1) {
      line = Utf8.stripBom(line);
    }
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        return new JsonRow(null, line, lineNumber, new RowDefect("", "not a JSON object"));
      }
      return new JsonRow(node, line, lineNumber, null);
    } catch (JsonProcessingException e) {
      String reason = "invalid JSON: " + e.getOriginalMessage();
      return new JsonRow(null, line, lineNumber, new RowDefect("", reason));
    }
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
    RowReaders.closeQuietly(reader);
  }

  /** One JSON object and the line it came from. */
  private static final class JsonRow implements Row {
    private final JsonNode node;
    private final String raw;
    private final long line;
    private final RowDefect defect;

    JsonRow(JsonNode node, String raw, long line, RowDefect defect) {
      this.node = node;
      this.raw = raw;
      this.line = line;
      this.defect = defect != null ? defect : findUndecodable();
    }

    private RowDefect findUndecodable() {
      if (raw.indexOf(Utf8.REPLACEMENT) < 0) {
        return null;
      }
      for (String name : names()) {
        if (name.indexOf(Utf8.REPLACEMENT) >= 0 || get(name).indexOf(Utf8.REPLACEMENT) >= 0) {
          return RowDefect.invalidUtf8(name);
        }
      }
      return RowDefect.invalidUtf8("");
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public String get(String name) {
      return node == null ? "" : text(node.get(name));
    }

    private static String text(JsonNode v) {
      if (v == null || v.isNull() || v.isMissingNode()) {
        return "";
      }
      if (v.isTextual()) {
        return v.textValue();
      }
      if (v.isNumber()) {
        return v.isIntegralNumber() ? v.asText() : v.decimalValue().toPlainString();
      }
      if (v.isArray()) {
        StringJoiner joined = new StringJoiner("|");
        v.forEach(e -> joined.add(text(e)));
        return joined.toString();
      }
      return v.isObject() ? v.toString() : v.asText();
    }

    @Override
    public List<String> names() {
      if (node == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>(node.size());
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        names.add(e.getKey());
      }
      return names;
    }

    @Override
    public String raw() {
      return raw;
    }

    @Override
    public Optional<RowDefect> defect() {
      return Optional.ofNullable(defect);
    }
  }
}
