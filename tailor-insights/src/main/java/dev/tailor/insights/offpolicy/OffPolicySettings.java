package dev.tailor.insights.offpolicy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * How the off-policy estimate is made.
 *
 * @param minPropensity logging propensities below this are raised to it before weighting (weight
 *     clipping: bounds the weights, trading a little bias for much less variance); in (0, 1]
 * @param confidence the level of the intervals, in (0, 1), e.g. 0.95
 * @param lowEssShare warn when the effective sample size falls below this share of the shows
 */
public record OffPolicySettings(double minPropensity, double confidence, double lowEssShare) {
  public OffPolicySettings {
    if (!(minPropensity > 0 && minPropensity <= 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "min propensity must lie in (0, 1], not " + minPropensity);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "confidence must lie in (0, 1), not " + confidence);
    }
    if (!(lowEssShare >= 0 && lowEssShare <= 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "low ESS share must lie in [0, 1], not " + lowEssShare);
    }
  }

  /** Propensities clipped at 0.01, 95 % intervals, warn below an ESS of 10 % of the shows. */
  public static OffPolicySettings defaults() {
    return new OffPolicySettings(0.01, 0.95, 0.10);
  }
}
