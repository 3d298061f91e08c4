package dev.tailor.sim.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvBufferTest {
  @Test
  void fieldsWithCommasQuotesAndLineBreaksRoundTripThroughARealCsvParser() throws IOException {
    List<String> tricky =
        List.of(
            "plain",
            "a, b",
            "The \"Riviera\" Shirt",
            "\"",
            "two\nlines",
            "carriage\r\nreturn",
            "Müller – Łukasz – Zoë",
            " padded ",
            "",
            "ends with comma,");
    CsvBuffer buffer = new CsvBuffer();
    buffer.row(tricky);
    buffer.field("second").field(42).field(true).endRow();

    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(buffer.text().toString(), CSVFormat.DEFAULT)) {
      records = parser.getRecords();
    }
    assertThat(records).hasSize(2);
    assertThat(records.get(0).toList()).isEqualTo(tricky);
    assertThat(records.get(1).toList()).containsExactly("second", "42", "true");
    assertThat(buffer.rows()).isEqualTo(2);
  }

  @Test
  void onlyFieldsThatNeedItAreQuoted() {
    CsvBuffer buffer = new CsvBuffer();
    buffer.field("Women > Dresses").field("a|b").field("x,y").field("say \"hi\"").endRow();
    assertThat(buffer.text().toString())
        .isEqualTo("Women > Dresses,a|b,\"x,y\",\"say \"\"hi\"\"\"\n");
  }

  @Test
  void nullAndEmptyFieldsAreWrittenAsNothing() {
    CsvBuffer buffer = new CsvBuffer();
    buffer.field((String) null).empty().field("").instant((Instant) null).endRow();
    assertThat(buffer.text().toString()).isEqualTo(",,,\n");
  }

  @Test
  void decimalsHaveExactlyTheRequestedDigits() {
    CsvBuffer buffer = new CsvBuffer();
    buffer
        .field(0.5, 3)
        .field(12.0, 2)
        .field(0.00049, 4)
        .field(3.14159, 0)
        .field(0.0996, 2)
        .endRow();
    assertThat(buffer.text().toString()).isEqualTo("0.500,12.00,0.0005,3,0.10\n");
    assertThatThrownBy(() -> buffer.field(-1.0, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timestampsMatchJavaTimeForInstantsAcrossThreeCenturies() {
    SplittableRandom rng = new SplittableRandom(1);
    List<Long> seconds = new ArrayList<>(List.of(0L, 951_782_400L, 4_102_444_799L, -1L));
    long min = Instant.parse("1901-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("2199-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      seconds.add(rng.nextLong(min, max));
    }
    for (long s : seconds) {
      assertThat(Timestamps.iso(s)).isEqualTo(Instant.ofEpochSecond(s).toString());
    }
  }

  @Test
  void clearingForgetsTheRows() {
    CsvBuffer buffer = new CsvBuffer();
    buffer.field("a").endRow();
    buffer.clear();
    buffer.field("b").endRow();
    assertThat(buffer.text().toString()).isEqualTo("b\n");
    assertThat(buffer.rows()).isEqualTo(1);
  }
}
