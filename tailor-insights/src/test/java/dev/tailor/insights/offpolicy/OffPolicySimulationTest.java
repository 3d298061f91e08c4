package dev.tailor.insights.offpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Logs drawn from a known logging policy with known click probabilities; the estimate of a
 * different known policy must find that policy's true click rate.
 */
class OffPolicySimulationTest {
  private static final double[] CLICK = {0.05, 0.10, 0.15, 0.20, 0.30};
  private static final double[] LOGGING = {0.6, 0.1, 0.1, 0.1, 0.1};
  private static final double[] TARGET = {0.05, 0.05, 0.05, 0.05, 0.8};

  private static double value(double[] policy) {
    double v = 0;
    for (int i = 0; i < CLICK.length; i++) {
      v += policy[i] * CLICK[i];
    }
    return v;
  }

  private static List<LoggedShow> logs(int n, SplittableRandom random) {
    List<LoggedShow> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(show("m" + k, "slot", 1.0, random));
    }
    return out;
  }

  /** One show in a message whose reader clicks {@code appetite} times as often as average. */
  private static LoggedShow show(
      String message, String slot, double appetite, SplittableRandom random) {
    double u = random.nextDouble();
    int item = 0;
    double acc = LOGGING[0];
    while (u >= acc && item < CLICK.length - 1) {
      item++;
      acc += LOGGING[item];
    }
    boolean click = random.nextDouble() < CLICK[item] * appetite;
    return new LoggedShow(message, slot, "p" + item, LOGGING[item], TARGET[item], click);
  }

  @Test
  void clusteredIntervalsCoverWhenShowsOfOneMessageAreCorrelated() {
    // three slots per message; half the readers click 1.8 times as often as average, half 0.2
    // times: the average is unchanged, but the shows of one message move together
    double truth = value(TARGET);
    OffPolicyEstimator estimator = new OffPolicyEstimator(OffPolicySettings.defaults());
    SplittableRandom random = new SplittableRandom(11);
    int runs = 300;
    int ips = 0;
    int snips = 0;
    for (int r = 0; r < runs; r++) {
      List<LoggedShow> logs = new ArrayList<>();
      for (int m = 0; m < 700; m++) {
        double appetite = random.nextBoolean() ? 1.8 : 0.2;
        for (int slot = 0; slot < 3; slot++) {
          logs.add(show("m" + m, "s" + slot, appetite, random));
        }
      }
      OffPolicyEstimate e = estimator.estimate(logs, 0);
      ips += e.ipsInterval().contains(truth) ? 1 : 0;
      snips += e.snipsInterval().contains(truth) ? 1 : 0;
    }
    assertThat(ips / (double) runs).isBetween(0.90, 0.99);
    assertThat(snips / (double) runs).isBetween(0.90, 0.99);
  }

  @Test
  void theEstimateOfADifferentPolicyContainsItsTrueClickRate() {
    double truth = value(TARGET); // 0.265
    double logged = value(LOGGING); // 0.105
    OffPolicyEstimate e =
        new OffPolicyEstimator(OffPolicySettings.defaults())
            .estimate(logs(5_000, new SplittableRandom(42)), 0);
    assertThat(e.ipsInterval().contains(truth)).as("IPS %s", e.ipsInterval()).isTrue();
    assertThat(e.snipsInterval().contains(truth)).as("SNIPS %s", e.snipsInterval()).isTrue();
    assertThat(e.loggedInterval().contains(logged)).isTrue();
    // the logged policy's own rate is far from the new one's: the estimate is not just the average
    assertThat(e.ipsInterval().contains(logged)).isFalse();
    assertThat(e.loggedInterval().contains(truth)).isFalse();
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void theIntervalsCoverTheTruthAboutAsOftenAsTheirLevelSays() {
    double truth = value(TARGET);
    OffPolicyEstimator estimator = new OffPolicyEstimator(OffPolicySettings.defaults());
    SplittableRandom random = new SplittableRandom(7);
    int runs = 300;
    int ips = 0;
    int snips = 0;
    for (int r = 0; r < runs; r++) {
      OffPolicyEstimate e = estimator.estimate(logs(2_000, random), 0);
      ips += e.ipsInterval().contains(truth) ? 1 : 0;
      snips += e.snipsInterval().contains(truth) ? 1 : 0;
    }
    // 95 % nominal; with 300 runs the binomial spread is about ±2.5 points
    assertThat(ips / (double) runs).isBetween(0.90, 0.99);
    assertThat(snips / (double) runs).isBetween(0.90, 0.99);
  }
}
