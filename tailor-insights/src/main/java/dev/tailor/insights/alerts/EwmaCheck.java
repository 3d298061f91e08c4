package dev.tailor.insights.alerts;

import java.util.List;
import java.util.Optional;

/**
 * Checks the last period of a rate series against an exponentially weighted moving average of the
 * periods before it (Roberts 1959): z = (rate - baseline) / sqrt(baseline (1 - baseline) / n).
 * Periods with fewer than the minimum trials are skipped.
 */
public final class EwmaCheck {
  private final EwmaSettings settings;

  public EwmaCheck(EwmaSettings settings) {
    this.settings = settings;
  }

  /**
   * How the last period compares with the baseline.
   *
   * @param baseline the EWMA of the earlier periods
   * @param rate the last period's rate
   * @param z standard errors between them (negative for a drop)
   * @param last the last period
   */
  public record Deviation(double baseline, double rate, double z, RatePoint last) {}

  /** The last period's deviation, or empty when the history or the last period is too small. */
  public Optional<Deviation> deviation(List<RatePoint> series) {
    List<RatePoint> usable =
        series.stream().filter(p -> p.trials() >= settings.minTrials()).toList();
    if (series.isEmpty()
        || usable.size() < settings.minHistory() + 1
        || usable.get(usable.size() - 1) != series.get(series.size() - 1)) {
      return Optional.empty();
    }
    double ewma = usable.get(0).rate();
    long baselineTrials = usable.get(0).trials();
    for (int i = 1; i < usable.size() - 1; i++) {
      ewma = settings.lambda() * usable.get(i).rate() + (1 - settings.lambda()) * ewma;
      baselineTrials += usable.get(i).trials();
    }
    RatePoint last = usable.get(usable.size() - 1);
    // a baseline of exactly 0 or 1 has no spread: use half an event over the baseline's trials
    double floor = 0.5 / baselineTrials;
    double p = Math.min(1 - floor, Math.max(floor, ewma));
    double se = Math.sqrt(p * (1 - p) / last.trials());
    return Optional.of(new Deviation(ewma, last.rate(), (last.rate() - p) / se, last));
  }

  /** The deviation when the last period dropped more than the threshold below the baseline. */
  public Optional<Deviation> drop(List<RatePoint> series) {
    return deviation(series).filter(d -> d.z() < -settings.threshold());
  }

  /** The deviation when the last period rose more than the threshold above the baseline. */
  public Optional<Deviation> spike(List<RatePoint> series) {
    return deviation(series).filter(d -> d.z() > settings.threshold());
  }
}
