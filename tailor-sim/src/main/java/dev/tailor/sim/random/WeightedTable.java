package dev.tailor.sim.random;

import java.util.SplittableRandom;

/**
 * Draws indexes {@code 0..n-1} proportionally to fixed weights in {@code O(log n)}, by binary
 * search over the cumulative weights. Immutable and safe to share between threads.
 */
public final class WeightedTable {
  private final double[] cumulative;

  /** A table over {@code weights}; all must be non-negative and at least one positive. */
  public WeightedTable(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
  }

  /** The number of entries. */
  public int size() {
    return cumulative.length;
  }

  /** The sum of all weights. */
  public double total() {
    return cumulative[cumulative.length - 1];
  }

  /** The weight of entry {@code i}. */
  public double weight(int i) {
    return i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1];
  }

  /** An index drawn proportionally to its weight. */
  public int draw(SplittableRandom rng) {
    double x = rng.nextDouble() * total();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
