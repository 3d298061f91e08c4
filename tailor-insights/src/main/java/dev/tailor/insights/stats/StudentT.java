package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** Student's t distribution with real degrees of freedom (as Welch's test needs). */
public final class StudentT {
  private StudentT() {}

  /** P(T &lt;= t) for {@code df} degrees of freedom. */
  public static double cdf(double t, double df) {
    requireDf(df);
    if (Double.isInfinite(df)) {
      return Normal.cdf(t);
    }
    double tail = 0.5 * Special.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    return t < 0 ? tail : 1 - tail;
  }

  /** P(|T| &gt;= |t|). */
  public static double twoSidedP(double t, double df) {
    requireDf(df);
    if (Double.isInfinite(df)) {
      return Normal.twoSidedP(t);
    }
    return Special.regularizedBeta(df / (df + t * t), df / 2, 0.5);
  }

  /** The {@code p}-quantile, by bisection on the distribution function (to double precision). */
  public static double quantile(double p, double df) {
    Stats.requireLevel("p", p);
    requireDf(df);
    if (Double.isInfinite(df)) {
      return Normal.quantile(p);
    }
    if (p == 0.5) {
      return 0;
    }
    if (p < 0.5) {
      return -quantile(1 - p, df);
    }
    double tail = 1 - p;
    double lo = 0;
    double hi = Math.max(1, Normal.quantile(p));
    while (upperTail(hi, df) > tail) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > Math.ulp(hi); i++) {
      double mid = 0.5 * (lo + hi);
      if (upperTail(mid, df) > tail) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private static double upperTail(double t, double df) {
    return 0.5 * Special.regularizedBeta(df / (df + t * t), df / 2, 0.5);
  }

  private static void requireDf(double df) {
    if (!(df > 0)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "degrees of freedom must be positive, not " + df);
    }
  }
}
