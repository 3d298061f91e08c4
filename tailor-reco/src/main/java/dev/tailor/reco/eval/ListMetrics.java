package dev.tailor.reco.eval;

import java.util.OptionalDouble;

/**
 * Beyond-accuracy properties of one customer's list (its first {@code k} entries): how varied and
 * how unexpected it is. Coverage, a property of all lists together, is computed by the evaluator as
 * distinct recommended items over items in training.
 */
public final class ListMetrics {
  private ListMetrics() {}

  /**
   * Intra-list diversity: the share of item pairs whose categories differ, {@code 1 − same /
   * pairs}, counting only pairs where both categories are known. {@code category[item]} is a
   * category id (the full category path), or a negative number when unknown. Empty when the list
   * has fewer than two items of known category.
   */
  public static OptionalDouble diversity(int[] ranked, int k, int[] category) {
    int n = Math.min(k, ranked.length);
    long pairs = 0;
    long same = 0;
    for (int i = 0; i < n; i++) {
      int ci = category[ranked[i]];
      if (ci < 0) {
        continue;
      }
      for (int j = i + 1; j < n; j++) {
        int cj = category[ranked[j]];
        if (cj < 0) {
          continue;
        }
        pairs++;
        same += ci == cj ? 1 : 0;
      }
    }
    return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - (double) same / pairs);
  }

  /**
   * Novelty: the mean self-information {@code −log2(share)} of the listed items, where {@code
   * share[item]} is the item's popularity share in training (the fraction of training customers who
   * interacted with it, in (0, 1]). Empty for an empty list.
   */
  public static OptionalDouble novelty(int[] ranked, int k, double[] share) {
    int n = Math.min(k, ranked.length);
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum -= Math.log(share[ranked[i]]) / Math.log(2);
    }
    return OptionalDouble.of(sum / n);
  }
}
