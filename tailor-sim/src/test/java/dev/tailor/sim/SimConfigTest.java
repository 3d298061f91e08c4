package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimConfigTest {
  private final SimConfig defaults = SimConfig.defaults();

  @Test
  void theDefaultsAreSmallAndEndOnAFixedDay() {
    assertThat(defaults)
        .isEqualTo(new SimConfig(2_000, 400, 120, 42, Instant.parse("2026-11-01T00:00:00Z")));
  }

  @Test
  void customerCountsOutsideTheRangeAreRejectedWithAClearMessage() {
    assertThatThrownBy(() -> defaults.withCustomers(0))
        .isInstanceOf(TailorException.class)
        .hasMessage("customers must be between 1 and 10000000")
        .satisfies(e -> assertThat(((TailorException) e).code()).isEqualTo(ErrorCode.BAD_INPUT));
    assertThatThrownBy(() -> defaults.withCustomers(10_000_001))
        .hasMessage("customers must be between 1 and 10000000");
    assertThat(defaults.withCustomers(10_000_000).customers()).isEqualTo(10_000_000);
  }

  @Test
  void productAndDayCountsOutsideTheirRangesAreRejected() {
    assertThatThrownBy(() -> defaults.withProducts(9))
        .hasMessage("products must be between 10 and 1000000");
    assertThatThrownBy(() -> defaults.withProducts(1_000_001))
        .hasMessage("products must be between 10 and 1000000");
    assertThatThrownBy(() -> defaults.withDays(0)).hasMessage("days must be between 1 and 3650");
    assertThatThrownBy(() -> defaults.withDays(3_651))
        .hasMessage("days must be between 1 and 3650");
  }

  @Test
  void theEndMustBeGivenAndPlausible() {
    assertThatThrownBy(() -> defaults.withEnd(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> defaults.withEnd(Instant.parse("1999-12-31T23:59:59Z")))
        .hasMessageStartingWith("end must be between");
  }

  @Test
  void theEndIsTruncatedToWholeSeconds() {
    assertThat(defaults.withEnd(Instant.parse("2026-05-01T10:00:00.750Z")).end())
        .isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
  }

  @Test
  void withersChangeOneComponentOnly() {
    SimConfig changed = defaults.withSeed(7).withDays(30);
    assertThat(changed.seed()).isEqualTo(7);
    assertThat(changed.days()).isEqualTo(30);
    assertThat(changed.customers()).isEqualTo(defaults.customers());
    assertThat(changed.products()).isEqualTo(defaults.products());
    assertThat(changed.end()).isEqualTo(defaults.end());
  }
}
