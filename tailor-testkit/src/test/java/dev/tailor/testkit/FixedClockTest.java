package dev.tailor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FixedClockTest {
  @Test
  void aNewClockStandsAtTheDefaultInstantInUtc() {
    FixedClock clock = FixedClock.create();
    assertThat(clock.instant()).isEqualTo(FixedClock.DEFAULT_INSTANT);
    assertThat(clock.instant()).isEqualTo(clock.instant());
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
    assertThat(FixedClock.fixedUtc().instant()).isEqualTo(FixedClock.DEFAULT_INSTANT);
  }

  @Test
  void advancingMovesEveryZonedViewOfTheClock() {
    FixedClock clock = FixedClock.create();
    FixedClock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));
    clock.advance(Duration.ofHours(2));
    assertThat(berlin.instant()).isEqualTo(FixedClock.DEFAULT_INSTANT.plus(Duration.ofHours(2)));
    assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void settingMovesTheClockToThatInstant() {
    FixedClock clock = FixedClock.create();
    clock.set(Fixtures.days(3));
    assertThat(clock.millis()).isEqualTo(Fixtures.days(3).toEpochMilli());
  }
}
