package dev.tailor.reco.eval;

import dev.tailor.reco.data.Interactions;
import java.util.BitSet;
import java.util.OptionalDouble;

/**
 * Turns the lists of one algorithm into an {@link AlgorithmResult}: per-customer metrics summed in
 * customer order (so results do not depend on thread scheduling), then averaged.
 */
final class ListScoring {
  private ListScoring() {}

  /** Timings of one run, in seconds. */
  record Timing(double trainSeconds, double recommendSeconds) {}

  static AlgorithmResult score(
      String algorithm, EvaluationSet set, RecommendationLists lists, Timing timing) {
    int k = lists.k();
    int[] category = set.categories();
    double[] share = popularityShares(set);
    double ndcg = 0;
    double precision = 0;
    double recall = 0;
    double map = 0;
    double hits = 0;
    Mean diversity = new Mean();
    Mean novelty = new Mean();
    BitSet recommended = new BitSet();
    for (int i = 0; i < lists.size(); i++) {
      int[] list = lists.list(i);
      int[] relevant = set.relevant(i);
      ndcg += RankingMetrics.ndcg(list, relevant, k);
      precision += RankingMetrics.precision(list, relevant, k);
      recall += RankingMetrics.recall(list, relevant, k);
      map += RankingMetrics.averagePrecision(list, relevant, k);
      hits += RankingMetrics.hit(list, relevant, k);
      diversity.add(ListMetrics.diversity(list, k, category));
      novelty.add(ListMetrics.novelty(list, k, share));
      for (int item : list) {
        recommended.set(item);
      }
    }
    int n = lists.size();
    return new AlgorithmResult(
        algorithm,
        ndcg / n,
        precision / n,
        recall / n,
        map / n,
        hits / n,
        (double) recommended.cardinality() / set.trainedItemCount(),
        diversity.value(),
        novelty.value(),
        timing.trainSeconds(),
        timing.recommendSeconds(),
        lists.unscoredCount());
  }

  /** The share of training customers who interacted with each item (0 for untrained items). */
  static double[] popularityShares(EvaluationSet set) {
    Interactions train = set.train();
    int[] count = new int[train.itemCount()];
    for (int e = 0; e < train.nonZeros(); e++) {
      count[train.col(e)]++;
    }
    double customers = set.summary().trainCustomers();
    double[] share = new double[count.length];
    for (int i = 0; i < count.length; i++) {
      share[i] = count[i] / customers;
    }
    return share;
  }

  /** A mean over the values that are present. */
  private static final class Mean {
    private double sum;
    private int n;

    void add(OptionalDouble v) {
      if (v.isPresent()) {
        sum += v.getAsDouble();
        n++;
      }
    }

    OptionalDouble value() {
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }
  }
}
