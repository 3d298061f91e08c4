package dev.tailor.sim.random;

import java.util.SplittableRandom;

/** Draws from the distributions the simulation needs, all from a caller-owned stream. */
public final class Draws {
  private Draws() {}

  /** True with probability {@code p}. */
  public static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  /** A uniform double in {@code [min, max)}. */
  public static double uniform(SplittableRandom rng, double min, double max) {
    return min + (max - min) * rng.nextDouble();
  }

  /** A standard normal variate (Box-Muller; one of the pair is discarded for simplicity). */
  public static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
  }

  /** A log-normal variate {@code exp(mu + sigma * N(0,1))}: heavy right tail. */
  public static double logNormal(SplittableRandom rng, double mu, double sigma) {
    return StrictMath.exp(mu + sigma * gaussian(rng));
  }

  /** An exponential variate with the given mean. */
  public static double exponential(SplittableRandom rng, double mean) {
    return -mean * StrictMath.log(1.0 - rng.nextDouble());
  }

  /** The number of failures before the first success, each trial succeeding with {@code p}. */
  public static int geometric(SplittableRandom rng, double p) {
    return (int) Math.floor(StrictMath.log(1.0 - rng.nextDouble()) / StrictMath.log(1.0 - p));
  }

  /** A Poisson variate: exact for small means, a rounded normal approximation for large ones. */
  public static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 40) {
      return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian(rng)));
    }
    double limit = StrictMath.exp(-mean);
    double product = rng.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      n++;
    }
    return n;
  }

  /** An index into {@code weights} drawn proportionally to the (non-negative) weights. */
  public static int weighted(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** One element of {@code items}, uniformly. */
  public static <T> T pick(SplittableRandom rng, java.util.List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }
}
