package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * Count, mean and unbiased variance of a sample, computed by Welford's one-pass method.
 *
 * @param n the number of values
 * @param mean their mean (0 when there are none)
 * @param variance their sample variance with n - 1 in the denominator (0 below two values)
 */
public record SampleSummary(long n, double mean, double variance) {
  public SampleSummary {
    if (n < 0 || !Double.isFinite(mean) || !(variance >= 0)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "a sample summary needs n >= 0, a finite mean and variance >= 0");
    }
  }

  /** Summarizes {@code values}; every value must be finite. */
  public static SampleSummary of(double[] values) {
    Stats.requireFinite("values", values);
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < values.length; i++) {
      double delta = values[i] - mean;
      mean += delta / (i + 1);
      m2 += delta * (values[i] - mean);
    }
    return new SampleSummary(values.length, mean, values.length < 2 ? 0 : m2 / (values.length - 1));
  }

  /** The squared standard error of the mean, variance / n. */
  double squaredError() {
    return variance / n;
  }
}
