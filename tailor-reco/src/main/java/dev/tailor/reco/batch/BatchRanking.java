package dev.tailor.reco.batch;

import java.util.Arrays;

/**
 * The first {@code k} products of the rankings of a block of customers of a factor model, scored
 * together: for each tile of {@link BatchTopN#ITEM_TILE} products, every customer of the block is
 * scored against the tile while its product factors stay in cache, and each score goes through the
 * customer's bounded heap of {@link ScoreOrder} keys. Scores are bit for bit those of {@link
 * ItemFactorScorer#score}, and the order is that of sorting all keys. Not thread-safe: one per
 * thread (it keeps its buffers).
 */
public final class BatchRanking {
  private final ItemFactorScorer scorer;
  private final int k;
  private final float[] scores;
  private long[][] heaps = new long[0][];
  private int[] sizes = new int[0];

  /** Ranks the first {@code k} (≥ 1) of {@code scorer}'s products. */
  public BatchRanking(ItemFactorScorer scorer, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be ≥ 1, not " + k);
    }
    this.scorer = scorer;
    this.k = Math.min(k, scorer.items());
    this.scores = new float[scorer.items()];
  }

  /**
   * The top of each of {@code customers} customers whose factors are the rows of {@code x}
   * (row-major, {@code customers × factors}), in blocks of {@link BatchTopN#CUSTOMER_BLOCK}.
   */
  public RankedTop[] rank(float[] x, int customers) {
    if (x.length < (long) customers * scorer.factors()) {
      throw new IllegalArgumentException(
          "expected " + customers + " × " + scorer.factors() + " factors");
    }
    RankedTop[] out = new RankedTop[customers];
    for (int from = 0; from < customers; from += BatchTopN.CUSTOMER_BLOCK) {
      block(x, from, Math.min(customers, from + BatchTopN.CUSTOMER_BLOCK), out);
    }
    return out;
  }

  private void block(float[] x, int from, int to, RankedTop[] out) {
    int f = scorer.factors();
    int n = to - from;
    if (heaps.length < n) {
      heaps = new long[n][];
      sizes = new int[n];
    }
    Arrays.fill(sizes, 0, n, 0);
    int items = scorer.items();
    for (int j0 = 0; j0 < items; j0 += BatchTopN.ITEM_TILE) {
      int end = Math.min(items, j0 + BatchTopN.ITEM_TILE);
      for (int c = 0; c < n; c++) {
        scorer.scoreRange(x, (from + c) * f, j0, end, scores);
        if (heaps[c] == null) {
          heaps[c] = new long[k];
        }
        sizes[c] = offer(heaps[c], sizes[c], j0, end);
      }
    }
    for (int c = 0; c < n; c++) {
      long[] keys = Arrays.copyOf(heaps[c], sizes[c]);
      Arrays.sort(keys);
      out[from + c] = new RankedTop(keys, items);
    }
  }

  /** Offers products {@code [from, to)}; a max-heap of the {@code k} smallest keys. */
  private int offer(long[] heap, int size, int from, int to) {
    int j = from;
    for (; j < to && size < k; j++) {
      heap[size] = ScoreOrder.key(scores[j], j);
      up(heap, size++);
    }
    if (j == to) {
      return size;
    }
    long worst = heap[0];
    // a score below the worst kept one has a larger key whatever its index: skip it unkeyed
    float floor = ScoreOrder.score(worst);
    for (; j < to; j++) {
      float s = scores[j];
      if (s < floor) {
        continue;
      }
      long key = ScoreOrder.key(s, j);
      if (key < worst) {
        heap[0] = key;
        down(heap, size);
        worst = heap[0];
        floor = ScoreOrder.score(worst);
      }
    }
    return size;
  }

  private static void up(long[] heap, int at) {
    long v = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] >= v) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = v;
  }

  private static void down(long[] heap, int size) {
    long v = heap[0];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] > heap[child]) {
        child++;
      }
      if (heap[child] <= v) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = v;
  }
}
