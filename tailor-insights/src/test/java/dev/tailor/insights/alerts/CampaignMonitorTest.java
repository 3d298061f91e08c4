package dev.tailor.insights.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignMonitorTest {
  private static final Instant DAY0 = Instant.parse("2026-03-01T00:00:00Z");
  private final CampaignMonitor monitor = new CampaignMonitor(EwmaSettings.DEFAULTS);
  private final Instant now = DAY0.plus(Duration.ofDays(10));

  @Test
  void aClickRateFallingFromFiveToThreePercentIsADrop() {
    // baseline 5.0%; se at 2000 trials = sqrt(.05 * .95 / 2000) = 0.004873; z = -0.02 / se = -4.1
    List<RatePoint> clicks = series(2000, 100, 100, 100, 100, 60);
    List<Alert> alerts =
        monitor.check(new CampaignSeries("spring", clicks, List.of(), List.of(), List.of()), now);
    assertThat(alerts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).isEqualTo("ctr-drop");
              assertThat(a.severity()).isEqualTo(Severity.WARNING);
              assertThat(a.message())
                  .isEqualTo(
                      "click rate 3.00% in the period from 2026-03-05T00:00:00Z (60 of 2000) against a"
                          + " baseline of 5.00% (-4.1 standard errors)");
            });
    assertThat(new EwmaCheck(EwmaSettings.DEFAULTS).deviation(clicks).orElseThrow().z())
        .isCloseTo(-0.02 / Math.sqrt(0.05 * 0.95 / 2000), within(1e-9));
  }

  @Test
  void ordinaryNoiseRaisesNothing() {
    List<RatePoint> clicks = series(2000, 100, 104, 98, 102, 92);
    List<RatePoint> conversions = series(2000, 40, 42, 39, 41, 37);
    assertThat(
            monitor.check(
                new CampaignSeries("spring", clicks, conversions, List.of(), List.of()), now))
        .isEmpty();
  }

  @Test
  void bounceAndErrorSpikesAreCriticalEvenFromAZeroBaseline() {
    List<RatePoint> bounces = series(2000, 20, 20, 20, 100);
    List<RatePoint> errors = series(2000, 0, 0, 0, 10);
    List<Alert> alerts =
        monitor.check(new CampaignSeries("spring", List.of(), List.of(), bounces, errors), now);
    assertThat(alerts).extracting(Alert::code).containsExactly("bounce-spike", "error-spike");
    assertThat(alerts).allMatch(a -> a.severity() == Severity.CRITICAL);
  }

  @Test
  void tooShortAHistoryOrTooSmallALastPeriodIsNotJudged() {
    EwmaCheck check = new EwmaCheck(EwmaSettings.DEFAULTS);
    assertThat(check.deviation(series(2000, 100, 100, 10))).isEmpty();
    assertThat(check.deviation(series(2000, 100, 100, 100, 100, 0).subList(0, 4))).isPresent();
    List<RatePoint> smallLast = new ArrayList<>(series(2000, 100, 100, 100, 100));
    smallLast.add(new RatePoint(DAY0.plus(Duration.ofDays(9)), 50, 0));
    assertThat(check.deviation(smallLast)).isEmpty();
    assertThatThrownBy(() -> new EwmaSettings(0, 3, 3, 100))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.alerts.lambda");
  }

  @Test
  void theBaselineIsAnExponentiallyWeightedAverage() {
    // rates 10%, 20%, 30% then checked: ewma = 0.2*0.3 + 0.8*(0.2*0.2 + 0.8*0.1) = 0.156
    EwmaCheck check = new EwmaCheck(new EwmaSettings(0.2, 3, 3, 1));
    assertThat(check.deviation(series(100, 10, 20, 30, 15)).orElseThrow().baseline())
        .isCloseTo(0.156, within(1e-12));
  }

  private static List<RatePoint> series(long trials, long... successes) {
    List<RatePoint> out = new ArrayList<>();
    for (int i = 0; i < successes.length; i++) {
      out.add(new RatePoint(DAY0.plus(Duration.ofDays(i)), trials, successes[i]));
    }
    return out;
  }
}
