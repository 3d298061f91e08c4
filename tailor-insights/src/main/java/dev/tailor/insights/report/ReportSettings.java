package dev.tailor.insights.report;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.attribution.AttributionPolicy;
import dev.tailor.insights.engagement.MachineTrafficRules;
import java.util.Objects;

/**
 * How a campaign report is computed ({@code tailor.report.*} in the configuration).
 *
 * @param metric what the winner is picked on (conversions)
 * @param alpha the two-sided significance level (0.05); with several variants each pairwise test
 *     uses alpha / (variants - 1) (Bonferroni)
 * @param power the power the minimum sample size is computed for (0.8)
 * @param minimumRelativeEffect the smallest relative lift worth detecting, e.g. 0.2 for +20% over
 *     the baseline; sets the minimum sample size (0.2)
 * @param bootstrapResamples resamples of the revenue-per-email bootstrap interval (2,000)
 * @param seed the seed of the bootstrap, so a report is reproducible (1)
 * @param topProducts how many products the weekly review lists at the top and bottom (10)
 * @param minImpressions impressions a product needs to be ranked in the weekly review (100)
 * @param attribution the attribution windows
 * @param machineTraffic the rules that tell machine opens and clicks apart
 */
public record ReportSettings(
    WinnerMetric metric,
    double alpha,
    double power,
    double minimumRelativeEffect,
    int bootstrapResamples,
    long seed,
    int topProducts,
    int minImpressions,
    AttributionPolicy attribution,
    MachineTrafficRules machineTraffic) {

  public static final ReportSettings DEFAULTS =
      new ReportSettings(
          WinnerMetric.CONVERSIONS,
          0.05,
          0.8,
          0.2,
          2000,
          1,
          10,
          100,
          AttributionPolicy.DEFAULTS,
          MachineTrafficRules.DEFAULTS);

  public ReportSettings {
    Objects.requireNonNull(metric, "metric");
    requireShare("alpha", alpha);
    requireShare("power", power);
    if (!(minimumRelativeEffect > 0) || !Double.isFinite(minimumRelativeEffect)) {
      throw bad("minimum-relative-effect must be above zero, not " + minimumRelativeEffect);
    }
    if (bootstrapResamples < 100) {
      throw bad("bootstrap-resamples must be at least 100, not " + bootstrapResamples);
    }
    if (topProducts < 1 || minImpressions < 1) {
      throw bad("top-products and min-impressions must be at least 1");
    }
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(machineTraffic, "machineTraffic");
  }

  /** These settings picking winners on {@code m}. */
  public ReportSettings withMetric(WinnerMetric m) {
    return new ReportSettings(
        m,
        alpha,
        power,
        minimumRelativeEffect,
        bootstrapResamples,
        seed,
        topProducts,
        minImpressions,
        attribution,
        machineTraffic);
  }

  private static void requireShare(String key, double v) {
    if (!(v > 0 && v < 1)) {
      throw bad(key + " must lie strictly between 0 and 1, not " + v);
    }
  }

  private static TailorException bad(String message) {
    return new TailorException(ErrorCode.CONFIG, "tailor.report." + message);
  }
}
