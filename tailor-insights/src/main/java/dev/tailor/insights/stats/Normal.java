package dev.tailor.insights.stats;

/**
 * The standard normal distribution: distribution function and quantile to about 15 significant
 * digits.
 *
 * <p>The distribution function uses Marsaglia's Taylor series (J. Stat. Software 11(4), 2004) for
 * {@code |x| <= 3} and the Laplace continued fraction for the tails, so small tail probabilities
 * keep their relative precision. The quantile starts from Acklam's rational approximation and takes
 * two Halley steps on the distribution function.
 */
public final class Normal {
  private static final double LOG_SQRT_2PI = 0.91893853320467274178;

  private Normal() {}

  /** The density at {@code x}. */
  public static double density(double x) {
    return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
  }

  /** P(Z &lt;= x). */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < -3) {
      return upperTail(-x);
    }
    if (x > 3) {
      return 1 - upperTail(x);
    }
    double s = x;
    double t = 0;
    double b = x;
    double q = x * x;
    double i = 1;
    while (s != t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return 0.5 + s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  }

  /** P(Z &gt; x) for x &gt; 0, by the continued fraction phi(x) / (x + 1/(x + 2/(x + ...))). */
  private static double upperTail(double x) {
    if (x > 40) {
      return 0;
    }
    double f = x;
    for (int k = 200; k >= 1; k--) {
      f = x + k / f;
    }
    return density(x) / f;
  }

  /** P(|Z| &gt;= |z|), the two-sided p-value of a z statistic. */
  public static double twoSidedP(double z) {
    double a = Math.abs(z);
    return Math.min(1, 2 * (a > 3 ? upperTail(a) : 1 - cdf(a)));
  }

  /** The {@code p}-quantile: the x with P(Z &lt;= x) = p, for p in (0, 1). */
  public static double quantile(double p) {
    Stats.requireLevel("p", p);
    double x = acklam(p);
    for (int step = 0; step < 2; step++) {
      double e = cdf(x) - p;
      double u = e / density(x);
      x = x - u / (1 + x * u / 2);
    }
    return x;
  }

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };

  private static double acklam(double p) {
    double low = 0.02425;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    if (p > 1 - low) {
      return -acklam(1 - p);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
        * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
}
