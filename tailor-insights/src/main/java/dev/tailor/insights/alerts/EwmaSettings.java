package dev.tailor.insights.alerts;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * The EWMA baseline a rate is checked against ({@code tailor.alerts.*} in the configuration).
 *
 * @param lambda the weight of each new period in the baseline, in (0, 1] (0.2)
 * @param threshold how many binomial standard errors from the baseline raise an alert (3)
 * @param minHistory periods with enough trials the baseline needs before any check (3)
 * @param minTrials trials a period needs to count, in the baseline or as the checked period (200)
 */
public record EwmaSettings(double lambda, double threshold, int minHistory, long minTrials) {
  public static final EwmaSettings DEFAULTS = new EwmaSettings(0.2, 3, 3, 200);

  public EwmaSettings {
    if (!(lambda > 0 && lambda <= 1)) {
      throw bad("lambda must lie in (0, 1], not " + lambda);
    }
    if (!(threshold > 0) || !Double.isFinite(threshold)) {
      throw bad("threshold must be above zero, not " + threshold);
    }
    if (minHistory < 1 || minTrials < 1) {
      throw bad("min-history and min-trials must be at least 1");
    }
  }

  private static TailorException bad(String message) {
    return new TailorException(ErrorCode.CONFIG, "tailor.alerts." + message);
  }
}
