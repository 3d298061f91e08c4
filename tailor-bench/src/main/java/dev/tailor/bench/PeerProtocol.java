package dev.tailor.bench;

import dev.tailor.reco.data.IdIndex;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-k evaluation under the Spark peer's protocol, line for line: per test user, candidates are
 * all training items minus the user's own training items; relevant are the user's distinct test
 * items not among its training items (test items unknown to training stay relevant and can only be
 * misses); users absent from training, or left with no relevant item, are skipped and counted.
 * Recall = hits / |relevant|, capped recall = hits / min(k, |relevant|), nDCG with binary relevance
 * and a log2(rank + 1) discount over an ideal of min(k, |relevant|) hits; averaged over users. Ties
 * in score go to the lower item index (first appearance in the training file).
 */
final class PeerProtocol {
  /** Writes the scores of every training item for a training user. */
  interface Scorer {
    void score(int user, float[] scores);
  }

  /** Averaged metrics of one recommender. */
  static final class Metrics {
    int users;
    double recall;
    double recallCapped;
    double ndcg;

    void add(int[] recs, Set<Integer> relevantKnown, int relevant, int k) {
      users++;
      int hits = 0;
      double dcg = 0;
      for (int r = 0; r < recs.length && r < k; r++) {
        if (relevantKnown.contains(recs[r])) {
          hits++;
          dcg += 1.0 / log2(r + 2);
        }
      }
      double idcg = 0;
      for (int r = 0; r < Math.min(k, relevant); r++) {
        idcg += 1.0 / log2(r + 2);
      }
      recall += (double) hits / relevant;
      recallCapped += (double) hits / Math.min(k, relevant);
      ndcg += dcg / idcg;
    }

    double recall() {
      return users == 0 ? 0 : recall / users;
    }

    double recallCapped() {
      return users == 0 ? 0 : recallCapped / users;
    }

    double ndcg() {
      return users == 0 ? 0 : ndcg / users;
    }
  }

  final Metrics model = new Metrics();
  final Metrics popularity = new Metrics();
  int cold;
  int noNewItems;

  private PeerProtocol() {}

  static PeerProtocol evaluate(
      IdIndex users,
      IdIndex items,
      int[][] trainItems,
      int[] itemPop,
      Map<String, List<String>> test,
      int k,
      Scorer scorer) {
    PeerProtocol p = new PeerProtocol();
    int nItems = items.size();
    int[] popOrder = popularityOrder(itemPop);
    boolean[] seen = new boolean[nItems];
    float[] scores = new float[nItems];
    for (Map.Entry<String, List<String>> e : test.entrySet()) {
      int u = users.indexOf(e.getKey());
      if (u < 0) {
        p.cold++;
        continue;
      }
      for (int i : trainItems[u]) {
        seen[i] = true;
      }
      Set<Integer> relevantKnown = new HashSet<>();
      int relevant = 0;
      for (String name : e.getValue()) {
        int ii = items.indexOf(name);
        if (ii >= 0 && seen[ii]) {
          continue;
        }
        relevant++;
        if (ii >= 0) {
          relevantKnown.add(ii);
        }
      }
      if (relevant == 0) {
        p.noNewItems++;
      } else {
        scorer.score(u, scores);
        for (int i = 0; i < nItems; i++) {
          if (seen[i]) {
            scores[i] = Float.NEGATIVE_INFINITY;
          }
        }
        p.model.add(topK(scores, k), relevantKnown, relevant, k);
        p.popularity.add(popular(popOrder, seen, k), relevantKnown, relevant, k);
      }
      for (int i : trainItems[u]) {
        seen[i] = false;
      }
    }
    return p;
  }

  private static int[] popularityOrder(int[] itemPop) {
    Integer[] order = new Integer[itemPop.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) ->
            itemPop[y] != itemPop[x] ? Integer.compare(itemPop[y], itemPop[x]) : x.compareTo(y));
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  private static int[] popular(int[] popOrder, boolean[] seen, int k) {
    int[] pop = new int[Math.min(k, popOrder.length)];
    int c = 0;
    for (int j = 0; j < popOrder.length && c < pop.length; j++) {
      if (!seen[popOrder[j]]) {
        pop[c++] = popOrder[j];
      }
    }
    return Arrays.copyOf(pop, c);
  }

  /** Indices of the k largest finite scores, best first; ties broken by lower index. */
  static int[] topK(float[] s, int k) {
    int[] idx = new int[k];
    float[] val = new float[k];
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      float v = s[i];
      if (v == Float.NEGATIVE_INFINITY) {
        continue;
      }
      if (n < k) {
        int p = n++;
        while (p > 0 && val[p - 1] < v) {
          val[p] = val[p - 1];
          idx[p] = idx[p - 1];
          p--;
        }
        val[p] = v;
        idx[p] = i;
      } else if (v > val[k - 1]) {
        int p = k - 1;
        while (p > 0 && val[p - 1] < v) {
          val[p] = val[p - 1];
          idx[p] = idx[p - 1];
          p--;
        }
        val[p] = v;
        idx[p] = i;
      }
    }
    return Arrays.copyOf(idx, n);
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
