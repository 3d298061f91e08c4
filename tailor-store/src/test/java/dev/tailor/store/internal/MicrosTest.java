package dev.tailor.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MicrosTest {
  @Test
  void instantsRoundTripAtMicrosecondPrecision() {
    for (String s :
        new String[] {
          "2025-06-02T09:00:00.123456Z", "1969-12-31T23:59:59.999999Z", "1900-01-01T00:00:00Z"
        }) {
      Instant t = Instant.parse(s);
      assertThat(Micros.toInstant(Micros.of(t))).isEqualTo(t);
    }
  }

  @Test
  void nanosecondsBelowTheMicrosecondAreDropped() {
    Instant t = Instant.parse("2025-06-02T09:00:00.123456789Z");
    assertThat(Micros.toInstant(Micros.of(t)))
        .isEqualTo(Instant.parse("2025-06-02T09:00:00.123456Z"));
  }

  @Test
  void theEndsOfTimeSaturate() {
    assertThat(Micros.of(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
    assertThat(Micros.of(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
  }
}
