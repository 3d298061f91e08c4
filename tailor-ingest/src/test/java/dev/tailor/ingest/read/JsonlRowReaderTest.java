package dev.tailor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlRowReaderTest {
  @TempDir Path dir;

  private List<Row> read(byte[] content) throws IOException {
    Path p = dir.resolve("e.jsonl");
    Files.write(p, content);
    List<Row> rows = new ArrayList<>();
    try (RowReader r = RowReaders.open(SourceFile.of(p, Format.JSONL))) {
      for (Optional<Row> row = r.next(); row.isPresent(); row = r.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  private List<Row> read(String content) throws IOException {
    return read(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void valuesAreReadAsText() throws IOException {
    Row row =
        read("{\"s\":\"x\",\"i\":3,\"d\":2.50,\"b\":true,\"n\":null,\"a\":[\"p\",\"q\"],\"o\":{\"k\":1}}\n")
            .get(0);
    assertThat(row.get("s")).isEqualTo("x");
    assertThat(row.get("i")).isEqualTo("3");
    assertThat(row.get("d")).isEqualTo("2.5");
    assertThat(row.get("b")).isEqualTo("true");
    assertThat(row.get("n")).isEmpty();
    assertThat(row.get("missing")).isEmpty();
    assertThat(row.get("a")).isEqualTo("p|q");
    assertThat(row.get("o")).isEqualTo("{\"k\":1}");
    assertThat(row.names()).containsExactly("s", "i", "d", "b", "n", "a", "o");
  }

  @Test
  void blankLinesAreSkippedAndLinesKeepTheirNumbers() throws IOException {
    List<Row> rows = read("{\"a\":1}\n\n   \n{\"a\":2}\n");
    assertThat(rows).extracting(Row::line).containsExactly(1L, 4L);
  }

  @Test
  void badJsonAndNonObjectsAreDefectiveRowsWithTheirText() throws IOException {
    List<Row> rows = read("{\"a\":1\n[1,2]\n{\"a\":1} trailing\n{\"a\":3}\n");
    assertThat(rows.get(0).defect().orElseThrow().reason()).startsWith("invalid JSON");
    assertThat(rows.get(0).raw()).isEqualTo("{\"a\":1");
    assertThat(rows.get(1).defect().orElseThrow().reason()).isEqualTo("not a JSON object");
    assertThat(rows.get(2).defect()).isPresent();
    assertThat(rows.get(3).defect()).isEmpty();
  }

  @Test
  void invalidUtf8NamesTheField() throws IOException {
    byte[] line = "{\"a\":\"ok\",\"b\":\"x?\"}\n".getBytes(StandardCharsets.UTF_8);
    line[line.length - 4] = (byte) 0xFF;
    assertThat(read(line).get(0).defect()).contains(RowDefect.invalidUtf8("b"));
  }
}
