package dev.tailor.reco.eval;

import java.util.Arrays;

/**
 * Accuracy of one customer's ranked list against their relevant items, at cut-off {@code k}, with
 * binary relevance. {@code ranked} is best first and only its first {@code k} entries count (it may
 * be shorter); {@code relevant} is sorted ascending, distinct, and not empty. The evaluator
 * averages each metric over the evaluated customers.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /**
   * Normalised discounted cumulative gain: {@code DCG / IDCG} with gain 1 for a relevant item at
   * rank {@code r} (1-based) discounted by {@code log2(r + 1)}; the ideal list puts {@code min(k,
   * |relevant|)} relevant items first.
   */
  public static double ndcg(int[] ranked, int[] relevant, int k) {
    double dcg = 0;
    int n = Math.min(k, ranked.length);
    for (int i = 0; i < n; i++) {
      if (isRelevant(ranked[i], relevant)) {
        dcg += discount(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.length); i++) {
      ideal += discount(i);
    }
    return dcg / ideal;
  }

  /** Relevant items in the top {@code k}, divided by {@code k} (a shorter list is not rewarded). */
  public static double precision(int[] ranked, int[] relevant, int k) {
    return (double) hits(ranked, relevant, k) / k;
  }

  /** Relevant items in the top {@code k}, divided by the number of relevant items. */
  public static double recall(int[] ranked, int[] relevant, int k) {
    return (double) hits(ranked, relevant, k) / relevant.length;
  }

  /**
   * Average precision at {@code k}: the sum of precision@r over the ranks r of the relevant items
   * in the top {@code k}, divided by {@code min(k, |relevant|)} so a perfect list scores 1.
   */
  public static double averagePrecision(int[] ranked, int[] relevant, int k) {
    double sum = 0;
    int hits = 0;
    int n = Math.min(k, ranked.length);
    for (int i = 0; i < n; i++) {
      if (isRelevant(ranked[i], relevant)) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / Math.min(k, relevant.length);
  }

  /** 1 when at least one relevant item is in the top {@code k}, else 0. */
  public static double hit(int[] ranked, int[] relevant, int k) {
    return hits(ranked, relevant, k) > 0 ? 1 : 0;
  }

  /** Number of relevant items in the top {@code k}. */
  public static int hits(int[] ranked, int[] relevant, int k) {
    int hits = 0;
    int n = Math.min(k, ranked.length);
    for (int i = 0; i < n; i++) {
      if (isRelevant(ranked[i], relevant)) {
        hits++;
      }
    }
    return hits;
  }

  /** {@code 1 / log2(rank + 1)} for the 0-based position {@code i} (rank {@code i + 1}). */
  private static double discount(int i) {
    return Math.log(2) / Math.log(i + 2);
  }

  private static boolean isRelevant(int item, int[] relevant) {
    return Arrays.binarySearch(relevant, item) >= 0;
  }
}
