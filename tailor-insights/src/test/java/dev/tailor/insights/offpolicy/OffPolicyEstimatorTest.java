package dev.tailor.insights.offpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import dev.tailor.insights.offpolicy.OffPolicyEstimate.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffPolicyEstimatorTest {
  private final OffPolicyEstimator estimator = new OffPolicyEstimator(OffPolicySettings.defaults());

  private static LoggedShow show(String m, double p, double pi, boolean clicked) {
    return new LoggedShow(m, "similar", "p-" + m, p, pi, clicked);
  }

  @Test
  void ipsAndSnipsMatchHandComputedValues() {
    // weights 2, 0, 2, 1; click terms 2, 0, 2, 0
    List<LoggedShow> logs =
        List.of(
            show("m1", 0.5, 1.0, true),
            show("m2", 0.5, 0.0, false),
            show("m3", 0.25, 0.5, true),
            show("m4", 1.0, 1.0, false));
    OffPolicyEstimate e = estimator.estimate(logs, 0);

    assertThat(e.shows()).isEqualTo(4);
    assertThat(e.messages()).isEqualTo(4);
    assertThat(e.clicks()).isEqualTo(2);
    assertThat(e.loggedRate()).isEqualTo(0.5);
    assertThat(e.ips()).isCloseTo(1.0, within(1e-12)); // 4 / 4
    assertThat(e.snips()).isCloseTo(0.8, within(1e-12)); // 4 / 5
    assertThat(e.effectiveSampleSize()).isCloseTo(25.0 / 9, within(1e-12)); // 5² / 9
    assertThat(e.matched()).isEqualTo(3);
    assertThat(e.maxWeight()).isEqualTo(2.0);
    // IPS: sample variance of (2, 0, 2, 0) is 4/3, se = sqrt(1/3), half = 1.959964 * 0.57735 =
    // 1.1315857
    assertThat(e.ipsInterval().low()).isEqualTo(0.0); // 1 - 1.13159 clamped at 0
    assertThat(e.ipsInterval().high()).isCloseTo(2.1315857, within(1e-6));
    // SNIPS: Σ(w(c - 0.8))² = 0.16 + 0 + 0.16 + 0.64 = 0.96; half = 1.959964 * sqrt(0.96) / 5
    assertThat(e.snipsInterval().low()).isCloseTo(0.8 - 0.3840729, within(1e-6));
    assertThat(e.snipsInterval().high()).isEqualTo(1.0);
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void oneHugeWeightIsWarnedAsALowEffectiveSampleSize() {
    // one weight 50, nineteen 0.5: ESS = 59.5² / (2500 + 19 * 0.25) = 1.413, below 2 (10 % of 20)
    List<LoggedShow> logs = new java.util.ArrayList<>();
    logs.add(show("m0", 0.02, 1.0, false));
    for (int i = 1; i < 20; i++) {
      logs.add(show("m" + i, 1.0, 0.5, i % 2 == 0));
    }
    OffPolicyEstimate e = estimator.estimate(logs, 0);
    assertThat(e.effectiveSampleSize()).isCloseTo(59.5 * 59.5 / 2504.75, within(1e-9));
    assertThat(e.warnings()).extracting(Warning::code).containsExactly("low-effective-sample-size");
  }

  @Test
  void anIntervalInsideTheUnitRangeIsSymmetric() {
    // ten shows, logged with p = 0.5, the new policy always shows them, 3 clicks:
    // terms 2,2,2,0 x7: mean 0.6, variance (3 * 1.96 + 7 * 0.36) / 9 = 0.933333
    List<LoggedShow> logs =
        java.util.stream.IntStream.range(0, 10)
            .mapToObj(i -> show("m" + i, 0.5, 1.0, i < 3))
            .toList();
    OffPolicyEstimate e = estimator.estimate(logs, 0);
    double half = 1.959963985 * Math.sqrt(0.9333333333 / 10);
    assertThat(e.ips()).isCloseTo(0.6, within(1e-12));
    assertThat(e.ipsInterval().low()).isCloseTo(0.6 - half, within(1e-6));
    assertThat(e.ipsInterval().high()).isCloseTo(0.6 + half, within(1e-6));
    // all weights equal: SNIPS is the plain click rate, ESS the number of shows
    assertThat(e.snips()).isCloseTo(0.3, within(1e-12));
    assertThat(e.effectiveSampleSize()).isCloseTo(10, within(1e-9));
  }

  @Test
  void showsOfOneMessageAreClusteredInTheVariance() {
    // m1: w 2 clicked, w 1 not (N 2, X 2, W 3); m2: w 1 not (1, 0, 1); m3: w 1 clicked (1, 1, 1)
    List<LoggedShow> logs =
        List.of(
            new LoggedShow("m1", "a", "p1", 0.5, 1.0, true),
            new LoggedShow("m1", "b", "p2", 0.5, 0.5, false),
            new LoggedShow("m2", "a", "p1", 1.0, 1.0, false),
            new LoggedShow("m3", "a", "p3", 0.25, 0.25, true));
    OffPolicyEstimate e = estimator.estimate(logs, 0);
    assertThat(e.messages()).isEqualTo(3);
    assertThat(e.ips()).isCloseTo(0.75, within(1e-12)); // 3 / 4
    assertThat(e.snips()).isCloseTo(0.6, within(1e-12)); // 3 / 5
    // IPS: Σ(X − 0.75 N)² = 0.25 + 0.5625 + 0.0625 = 0.875, × 3/2, sqrt, / 4, × z = 0.5613552
    assertThat(e.ipsInterval().high() - e.ips()).isCloseTo(0.5613552, within(1e-6));
    // SNIPS: Σ(X − 0.6 W)² = 0.04 + 0.36 + 0.16 = 0.56, sqrt, / 5, × z = 0.2933405
    assertThat(e.snipsInterval().high() - e.snips()).isCloseTo(0.2933405, within(1e-6));
  }

  @Test
  void tinyPropensitiesAreClippedAndSaidSo() {
    List<LoggedShow> logs = List.of(show("m1", 0.001, 1.0, true), show("m2", 0.5, 0.5, false));
    OffPolicyEstimate e = estimator.estimate(logs, 0);
    // 0.001 is raised to 0.01: weight 100, not 1000
    assertThat(e.maxWeight()).isCloseTo(100, within(1e-9));
    assertThat(e.clipped()).isEqualTo(1);
    assertThat(e.ips()).isCloseTo(50, within(1e-9));
    assertThat(e.warnings()).extracting(Warning::code).contains("clipped-propensities");
  }

  @Test
  void deterministicLoggingNoOverlapAndUnsupportedShowsAreWarned() {
    List<LoggedShow> logs = List.of(show("m1", 1, 0, true), show("m2", 1, 0, false));
    OffPolicyEstimate e = estimator.estimate(logs, 3);
    assertThat(e.warnings())
        .extracting(Warning::code)
        .containsExactly("deterministic-logging", "no-overlap", "unsupported-shows");
    assertThat(e.snips()).isZero();
    assertThat(e.unsupported()).isEqualTo(3);
  }

  @Test
  void noLogsGiveZeroWithAWarning() {
    OffPolicyEstimate e = estimator.estimate(List.of(), 0);
    assertThat(e.shows()).isZero();
    assertThat(e.warnings()).extracting(Warning::code).containsExactly("no-shows");
  }

  @Test
  void propensitiesOutsideTheirRangeAreRejectedByName() {
    assertThatThrownBy(() -> new LoggedShow("m1", "s", "p1", 0, 1, false))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("p1")
        .hasMessageContaining("m1");
    assertThatThrownBy(() -> new LoggedShow("m1", "s", "p1", 0.5, 1.5, false))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("new propensity");
  }
}
