package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * The recipients each group needs for a two-sided two-proportion test to detect a given effect: n =
 * (z_{1-α/2} sqrt(2 p̄ q̄) + z_{1-β} sqrt(p1 q1 + p2 q2))² / (p2 - p1)², the normal approximation
 * without continuity correction (Fleiss, Levin and Paik 2003, eq. 4.14 without the correction),
 * which is what R's {@code power.prop.test} solves.
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * The exact (fractional) size per group.
   *
   * @param baseline the control's rate, in (0, 1)
   * @param minimumDetectableEffect the absolute difference to detect; baseline + effect must lie in
   *     (0, 1)
   * @param alpha the two-sided significance level
   * @param power the probability of detecting the effect when it is real
   */
  public static double perGroupExact(
      double baseline, double minimumDetectableEffect, double alpha, double power) {
    Stats.requireLevel("baseline rate", baseline);
    Stats.requireLevel("alpha", alpha);
    Stats.requireLevel("power", power);
    double p2 = baseline + minimumDetectableEffect;
    if (minimumDetectableEffect == 0 || !(p2 > 0 && p2 < 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "the minimum detectable effect must be non-zero and keep the rate in (0, 1): "
              + baseline
              + " + "
              + minimumDetectableEffect);
    }
    double p1 = baseline;
    double mean = (p1 + p2) / 2;
    double za = Normal.quantile(1 - alpha / 2);
    double zb = Normal.quantile(power);
    double num =
        za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    return num * num / (minimumDetectableEffect * minimumDetectableEffect);
  }

  /** {@link #perGroupExact} rounded up to whole recipients. */
  public static long perGroup(
      double baseline, double minimumDetectableEffect, double alpha, double power) {
    return (long) Math.ceil(perGroupExact(baseline, minimumDetectableEffect, alpha, power) - 1e-9);
  }

  /**
   * Recipients per group to detect a difference {@code delta} in means (such as revenue per email)
   * when each value has standard deviation {@code sd}: n = 2 (z_{1-α/2} + z_{1-β})² sd² / delta²,
   * the normal approximation (R's {@code power.t.test} asks for a recipient or two more, from the t
   * distribution).
   */
  public static double perGroupForMeansExact(double sd, double delta, double alpha, double power) {
    Stats.requireLevel("alpha", alpha);
    Stats.requireLevel("power", power);
    if (!(sd > 0) || !Double.isFinite(sd) || delta == 0 || !Double.isFinite(delta)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "the standard deviation must be positive and the difference non-zero: "
              + sd
              + ", "
              + delta);
    }
    double z = Normal.quantile(1 - alpha / 2) + Normal.quantile(power);
    return 2 * z * z * sd * sd / (delta * delta);
  }

  /** {@link #perGroupForMeansExact} rounded up to whole recipients. */
  public static long perGroupForMeans(double sd, double delta, double alpha, double power) {
    return (long) Math.ceil(perGroupForMeansExact(sd, delta, alpha, power) - 1e-9);
  }
}
