package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap interval for a difference in means (Efron and Tibshirani 1993, §13.3):
 * both groups are resampled with replacement, independently, {@code resamples} times with a fixed
 * seed. It makes no normality assumption, which suits heavy-tailed revenue per email.
 */
public final class Bootstrap {
  /** The default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 2000;

  private Bootstrap() {}

  public static MeanComparison meanDifference(
      double[] treatment, double[] control, double confidence, int resamples, long seed) {
    Stats.requireLevel("confidence", confidence);
    if (treatment.length == 0 || control.length == 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "the bootstrap needs values in both groups");
    }
    if (resamples < 100) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "the bootstrap needs at least 100 resamples, not " + resamples);
    }
    SampleSummary t = SampleSummary.of(treatment);
    SampleSummary c = SampleSummary.of(control);
    SplittableRandom random = new SplittableRandom(seed);
    Resampler a = new Resampler(treatment);
    Resampler b = new Resampler(control);
    double[] diffs = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      diffs[r] = a.mean(random) - b.mean(random);
    }
    Arrays.sort(diffs);
    double tail = (1 - confidence) / 2;
    return new MeanComparison(
        t,
        c,
        t.mean() - c.mean(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        new Interval(percentile(diffs, tail), percentile(diffs, 1 - tail), confidence),
        "bootstrap-percentile");
  }

  /**
   * Draws the mean of a resample with replacement. Revenue per email is mostly zeros, so a resample
   * is drawn as: how many of its n draws land on a non-zero value (the gaps between such draws are
   * geometric with p = non-zero share, which gives exactly the binomial count), then which non-zero
   * values those are. The result has the same distribution as n uniform draws, at a cost
   * proportional to the non-zero draws.
   */
  private static final class Resampler {
    private final int n;
    private final double[] nonZero;
    private final double logMiss;

    Resampler(double[] values) {
      n = values.length;
      nonZero = Arrays.stream(values).filter(v -> v != 0).toArray();
      logMiss = Math.log1p(-(double) nonZero.length / n);
    }

    double mean(SplittableRandom random) {
      int m = nonZero.length;
      if (m == 0) {
        return 0;
      }
      double sum = 0;
      if (m == n) {
        for (int i = 0; i < n; i++) {
          sum += nonZero[random.nextInt(n)];
        }
        return sum / n;
      }
      // position of the next draw that lands on a non-zero value, 0-based
      long pos = -1;
      while (true) {
        double u = 1 - random.nextDouble();
        pos += 1 + (long) Math.floor(Math.log(u) / logMiss);
        if (pos >= n) {
          return sum / n;
        }
        sum += nonZero[random.nextInt(m)];
      }
    }
  }

  /** The q-quantile of sorted values by linear interpolation (type 7, R's default). */
  static double percentile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
