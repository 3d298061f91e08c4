package dev.tailor.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Row> readAll(RowReader reader) {
    List<Row> rows = new ArrayList<>();
    for (Optional<Row> r = reader.next(); r.isPresent(); r = reader.next()) {
      rows.add(r.get());
    }
    return rows;
  }

  private static RowReader open(Path p) {
    return RowReaders.open(SourceFile.of(p, Format.CSV));
  }

  @Test
  void rowsAreLookedUpByHeaderNameWithTheLineTheyStartOn() throws IOException {
    Path p = write("a.csv", "id,title\n1,\"two\nlines\"\n\n2,plain\r\n3,\"x,\"\"y\"\"\"\n");
    try (RowReader r = open(p)) {
      assertThat(r.header().names()).containsExactly("id", "title");
      List<Row> rows = readAll(r);
      assertThat(rows).extracting(Row::line).containsExactly(2L, 5L, 6L);
      assertThat(rows.get(0).get("title")).isEqualTo("two\nlines");
      assertThat(rows.get(2).get("title")).isEqualTo("x,\"y\"");
      assertThat(rows.get(1).get("nope")).isEmpty();
      assertThat(rows).allSatisfy(row -> assertThat(row.defect()).isEmpty());
    }
  }

  @Test
  void theLastRowMayLackANewlineAndItsLineIsStillRight() throws IOException {
    Path p = write("a.csv", "id\n1\n2");
    try (RowReader r = open(p)) {
      assertThat(readAll(r)).extracting(Row::line).containsExactly(2L, 3L);
    }
  }

  @Test
  void aRowWithTheWrongNumberOfColumnsIsDefective() throws IOException {
    Path p = write("a.csv", "a,b,c\n1,2\n1,2,3\n");
    try (RowReader r = open(p)) {
      List<Row> rows = readAll(r);
      assertThat(rows.get(0).defect()).contains(new RowDefect("", "expected 3 columns, found 2"));
      assertThat(rows.get(0).raw()).isEqualTo("1,2");
      assertThat(rows.get(1).defect()).isEmpty();
    }
  }

  @Test
  void bytesThatAreNotUtf8MakeTheRowDefectiveNamingTheField() throws IOException {
    byte[] bad = {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', 'o', (byte) 0xC3, 'k', '\n'};
    Path p = write("a.csv", bad);
    try (RowReader r = open(p)) {
      Row row = readAll(r).get(0);
      assertThat(row.defect()).contains(RowDefect.invalidUtf8("name"));
    }
  }

  @Test
  void aByteOrderMarkAndSpacesAroundHeaderNamesAreDropped() throws IOException {
    Path p = write("a.csv", "\uFEFFid , title\n1,x\n");
    try (RowReader r = open(p)) {
      assertThat(r.header().names()).containsExactly("id", "title");
    }
  }

  @Test
  void gzippedFilesAreReadAndProgressCountsCompressedBytes() throws IOException {
    Path p = dir.resolve("a.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write("id\n1\n2\n".getBytes(StandardCharsets.UTF_8));
    }
    try (RowReader r = open(p)) {
      assertThat(readAll(r)).extracting(row -> row.get("id")).containsExactly("1", "2");
      assertThat(r.totalBytes()).hasValue(Files.size(p));
      assertThat(r.bytesRead()).isEqualTo(Files.size(p));
    }
  }

  @Test
  void anUnterminatedQuoteEndsTheFileWithOneDefectiveRow() throws IOException {
    Path p = write("a.csv", "id,t\n1,ok\n2,\"never closed\n3,x\n");
    try (RowReader r = open(p)) {
      List<Row> rows = readAll(r);
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).line()).isEqualTo(3);
      assertThat(rows.get(1).defect().orElseThrow().reason()).startsWith("malformed CSV");
    }
  }

  @Test
  void anEmptyFileHasNoHeaderAndCannotBeRead() throws IOException {
    Path p = write("empty.csv", "");
    assertThatThrownBy(() -> open(p))
        .isInstanceOf(ReadException.class)
        .hasMessageContaining("empty.csv")
        .hasMessageContaining("header row is required");
  }

  @Test
  void aRepeatedHeaderNameIsRefused() throws IOException {
    Path p = write("dup.csv", "id,id\n1,2\n");
    assertThatThrownBy(() -> open(p))
        .isInstanceOf(ReadException.class)
        .hasMessageContaining("dup.csv, line 1: column 'id' appears twice");
  }

  @Test
  void aMissingFileIsReportedByName() {
    assertThatThrownBy(() -> open(dir.resolve("none.csv")))
        .isInstanceOf(ReadException.class)
        .hasMessage("none.csv: no such file");
  }

  @Test
  void anotherDelimiterCanBeUsed() throws IOException {
    Path p = write("a.csv", "a;b\n1;2\n");
    try (RowReader r = RowReaders.open(new SourceFile(p, Format.CSV, ';'))) {
      assertThat(readAll(r).get(0).get("b")).isEqualTo("2");
    }
  }
}
