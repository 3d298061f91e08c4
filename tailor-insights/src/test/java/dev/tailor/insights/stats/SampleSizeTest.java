package dev.tailor.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import org.junit.jupiter.api.Test;

class SampleSizeTest {

  @Test
  void matchesRsPowerPropTestExample() {
    // R documentation of power.prop.test: power.prop.test(p1 = .50, p2 = .75, power = .90)
    // "=> n = 76.7"; the closed form gives 76.70692845177743
    assertThat(SampleSize.perGroupExact(0.5, 0.25, 0.05, 0.9))
        .isCloseTo(76.70692845177743, within(1e-9));
    assertThat(SampleSize.perGroup(0.5, 0.25, 0.05, 0.9)).isEqualTo(77);
  }

  @Test
  void aTypicalEmailConversionTestNeedsAFewThousandPerGroup() {
    // 2% baseline, +1 point, alpha 0.05, power 0.8: 3825.15 per group
    assertThat(SampleSize.perGroupExact(0.02, 0.01, 0.05, 0.8))
        .isCloseTo(3825.149722102623, within(1e-7));
    assertThat(SampleSize.perGroup(0.02, 0.01, 0.05, 0.8)).isEqualTo(3826);
    // a smaller effect needs more: roughly four times for half the effect
    assertThat(SampleSize.perGroup(0.02, 0.005, 0.05, 0.8)).isBetween(13_000L, 14_500L);
  }

  @Test
  void refusesEffectsThatLeaveTheUnitInterval() {
    assertThatThrownBy(() -> SampleSize.perGroup(0.9, 0.2, 0.05, 0.8))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("minimum detectable effect");
    assertThatThrownBy(() -> SampleSize.perGroup(0.1, 0.02, 0.05, 1))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("power");
  }

  @Test
  void meansNeedTwiceTheSquaredZSumTimesTheVarianceOverTheSquaredDifference() {
    // 2 (1.959964 + 0.841621)^2 / 0.5^2 = 62.7910; power.t.test(delta = .5, sd = 1) says 63.77
    assertThat(SampleSize.perGroupForMeansExact(1, 0.5, 0.05, 0.8))
        .isCloseTo(62.79103787479271, within(1e-9));
    assertThat(SampleSize.perGroupForMeans(1, 0.5, 0.05, 0.8)).isEqualTo(63);
    assertThatThrownBy(() -> SampleSize.perGroupForMeans(0, 0.5, 0.05, 0.8))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("standard deviation");
  }
}
