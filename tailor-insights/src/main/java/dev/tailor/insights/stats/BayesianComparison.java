package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.SplittableRandom;

/**
 * The posterior probability that one rate beats another, with independent Beta(1, 1) (uniform)
 * priors: each rate's posterior is Beta(1 + successes, 1 + failures).
 */
public final class BayesianComparison {
  /** Above this many terms the exact sum is refused; use the Monte Carlo estimate instead. */
  public static final long MAX_EXACT_TERMS = 5_000_000;

  private BayesianComparison() {}

  /**
   * P(rate of {@code b} &gt; rate of {@code a}), exactly, by the closed form for Beta posteriors
   * with an integer first parameter (E. Miller, "Formulas for Bayesian A/B testing", 2015):
   * Σ_{i=0}^{αB-1} B(αA+i, βA+βB) / ((βB+i) B(1+i, βB) B(αA, βA)). The sum runs over the group with
   * fewer successes (using P(b &gt; a) = 1 - P(a &gt; b), ties having probability zero).
   */
  public static double probabilityToBeat(Proportion b, Proportion a) {
    if (b.successes() > a.successes()) {
      return 1 - probabilityToBeat(a, b);
    }
    double alphaA = a.successes() + 1.0;
    double betaA = a.trials() - a.successes() + 1.0;
    double alphaB = b.successes() + 1.0;
    double betaB = b.trials() - b.successes() + 1.0;
    if (alphaB > MAX_EXACT_TERMS) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "too many successes for the exact sum (" + b.successes() + "); use the Monte Carlo form");
    }
    double logBetaA = Special.logBeta(alphaA, betaA);
    double sum = 0;
    for (int i = 0; i < alphaB; i++) {
      sum +=
          Math.exp(
              Special.logBeta(alphaA + i, betaA + betaB)
                  - Math.log(betaB + i)
                  - Special.logBeta(1 + i, betaB)
                  - logBetaA);
    }
    return Math.min(1, Math.max(0, sum));
  }

  /**
   * P(rate of {@code b} &gt; rate of {@code a}) estimated from {@code draws} paired posterior draws
   * with a fixed {@code seed}; its standard error is at most 0.5 / sqrt(draws).
   */
  public static double probabilityToBeatMonteCarlo(
      Proportion b, Proportion a, int draws, long seed) {
    if (draws < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "draws must be at least 1, not " + draws);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long wins = 0;
    for (int i = 0; i < draws; i++) {
      double pa = beta(random, a.successes() + 1.0, a.trials() - a.successes() + 1.0);
      double pb = beta(random, b.successes() + 1.0, b.trials() - b.successes() + 1.0);
      if (pb > pa) {
        wins++;
      }
    }
    return (double) wins / draws;
  }

  static double beta(SplittableRandom random, double alpha, double beta) {
    double x = gamma(random, alpha);
    double y = gamma(random, beta);
    return x / (x + y);
  }

  /** A Gamma(shape, 1) draw by Marsaglia and Tsang's method (ACM TOMS 26(3), 2000). */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      double u = random.nextDouble();
      return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = random.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
