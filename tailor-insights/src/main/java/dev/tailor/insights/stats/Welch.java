package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * Welch's unequal-variance t-test and interval for a difference in means (Welch 1947), with
 * Welch-Satterthwaite degrees of freedom, as R's {@code t.test(var.equal = FALSE)}.
 */
public final class Welch {
  private Welch() {}

  /** Compares two raw samples. */
  public static MeanComparison compare(double[] treatment, double[] control, double confidence) {
    return compare(SampleSummary.of(treatment), SampleSummary.of(control), confidence);
  }

  /** Compares two summarized samples; each needs at least two values. */
  public static MeanComparison compare(
      SampleSummary treatment, SampleSummary control, double confidence) {
    Stats.requireLevel("confidence", confidence);
    if (treatment.n() < 2 || control.n() < 2) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "Welch's test needs at least two values in each group");
    }
    double d = treatment.mean() - control.mean();
    double s1 = treatment.squaredError();
    double s2 = control.squaredError();
    double se2 = s1 + s2;
    if (se2 == 0) {
      return new MeanComparison(
          treatment,
          control,
          d,
          Double.NaN,
          Double.NaN,
          d == 0 ? 1 : 0,
          new Interval(d, d, confidence),
          "welch");
    }
    double df = se2 * se2 / (s1 * s1 / (treatment.n() - 1) + s2 * s2 / (control.n() - 1));
    double se = Math.sqrt(se2);
    double t = d / se;
    double q = StudentT.quantile(1 - (1 - confidence) / 2, df);
    return new MeanComparison(
        treatment,
        control,
        d,
        t,
        df,
        StudentT.twoSidedP(t, df),
        new Interval(d - q * se, d + q * se, confidence),
        "welch");
  }
}
