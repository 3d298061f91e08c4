package dev.tailor.ingest.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-01T10:15:30Z|2024-03-01T10:15:30Z",
        "2024-03-01T10:15:30.25Z|2024-03-01T10:15:30.250Z",
        "2024-03-01T11:15:30+01:00|2024-03-01T10:15:30Z",
        "2024-03-01T11:15:30+0100|2024-03-01T10:15:30Z",
        "2024-03-01T05:15:30-05|2024-03-01T10:15:30Z",
        "2024-03-01 10:15:30|2024-03-01T10:15:30Z",
        "2024-03-01 10:15|2024-03-01T10:15:00Z",
        "2024-03-01T10:15:30|2024-03-01T10:15:30Z",
        "2024-03-01|2024-03-01T00:00:00Z",
        "2024-03-01T11:15:30+01:00[Europe/Paris]|2024-03-01T10:15:30Z",
        "964982703|2000-07-30T18:45:03Z",
        "964982703.5|2000-07-30T18:45:03.500Z",
        "' 2024-03-01 '|2024-03-01T00:00:00Z",
      })
  void acceptedShapesGiveTheInstant(String text, String expected) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "yesterday",
        "2024-13-01",
        "2024-02-30 10:00",
        "2024-03-01T25:00:00Z",
        "01/03/2024",
        "2024-03-01T10:15:30+25:00",
        "1700000000000",
        "2024-03-01T10:15:30.1234567891Z"
      })
  void otherTextIsABadDateNamingTheValue(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad date '" + text + "'");
  }
}
