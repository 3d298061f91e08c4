package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * The two-sided two-proportion z-test with a pooled standard error, without continuity correction,
 * and Newcombe's hybrid score interval for the difference.
 */
public final class TwoProportionTest {
  private TwoProportionTest() {}

  /** Compares {@code treatment} with {@code control}; both need at least one trial. */
  public static ProportionComparison compare(
      Proportion treatment, Proportion control, double confidence) {
    Stats.requireLevel("confidence", confidence);
    if (treatment.trials() == 0 || control.trials() == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "both groups need at least one trial to be compared");
    }
    double p1 = treatment.rate();
    double p2 = control.rate();
    double d = p1 - p2;
    double pooled =
        (double) (treatment.successes() + control.successes())
            / (treatment.trials() + control.trials());
    double se =
        Math.sqrt(pooled * (1 - pooled) * (1.0 / treatment.trials() + 1.0 / control.trials()));
    double z = se == 0 ? 0 : d / se;
    double p = se == 0 ? 1 : Normal.twoSidedP(z);
    return new ProportionComparison(
        treatment, control, d, z, p, newcombe(treatment, control, confidence));
  }

  /** Newcombe's hybrid score interval for p1 - p2 from the two Wilson intervals. */
  public static Interval newcombe(Proportion treatment, Proportion control, double confidence) {
    double p1 = treatment.rate();
    double p2 = control.rate();
    Interval w1 = treatment.wilson(confidence);
    Interval w2 = control.wilson(confidence);
    double d = p1 - p2;
    double low = d - Math.sqrt(sq(p1 - w1.low()) + sq(w2.high() - p2));
    double high = d + Math.sqrt(sq(w1.high() - p1) + sq(p2 - w2.low()));
    return new Interval(low, high, confidence);
  }

  private static double sq(double v) {
    return v * v;
  }
}
