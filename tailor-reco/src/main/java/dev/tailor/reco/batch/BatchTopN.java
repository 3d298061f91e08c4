package dev.tailor.reco.batch;

import dev.tailor.reco.linalg.Workers;
import java.util.function.IntPredicate;

/**
 * The top-N products of every customer of a factor model, for bulk exports.
 *
 * <p>Customers are taken in blocks of {@link #CUSTOMER_BLOCK}; for each tile of {@link #ITEM_TILE}
 * products, every customer of the block is scored against the tile while its product factors stay
 * in the core's cache, its excluded products in the tile are dropped, and the survivors go through
 * the customer's bounded min-heap of size N (one comparison per product once the heap is full). A
 * worker keeps one score array over all products, filled a tile at a time. Blocks are spread over
 * worker threads; each worker allocates its buffers once. Results are the same as {@link
 * dev.tailor.reco.model.TopN#select} over {@link ItemFactorScorer#score}: best first, ties to the
 * lower product index.
 */
public final class BatchTopN {
  /** Customers scored against a tile of products before moving to the next tile. */
  static final int CUSTOMER_BLOCK = 256;

  /** Products per tile: 1024 × 64 factors × 4 bytes = 256 KB of factors, within a core's L2. */
  static final int ITEM_TILE = 1024;

  private final ItemFactorScorer scorer;
  private final int n;

  /** Picks the {@code n} best products per customer from {@code scorer}'s products. */
  public BatchTopN(ItemFactorScorer scorer, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be ≥ 1, not " + n);
    }
    this.scorer = scorer;
    this.n = n;
  }

  /**
   * Scores every customer whose row in {@code customerFactors} (row-major, {@code customers ×
   * factors}) passes {@code include}, and hands each one's top N to {@code sink}.
   */
  public void run(
      float[] customerFactors,
      int customers,
      Exclusions exclusions,
      IntPredicate include,
      int threads,
      TopNSink sink) {
    if (customerFactors.length != (long) customers * scorer.factors()) {
      throw new IllegalArgumentException(
          "expected " + customers + " × " + scorer.factors() + " customer factors");
    }
    try (Workers workers = new Workers(threads)) {
      Scratch[] scratch = new Scratch[workers.threads()];
      workers.forEachChunk(
          customers,
          CUSTOMER_BLOCK,
          (from, to, w) -> {
            if (scratch[w] == null) {
              scratch[w] = new Scratch(n, scorer.items());
            }
            block(customerFactors, from, to, exclusions, include, scratch[w], sink);
          });
    }
  }

  private void block(
      float[] x,
      int from,
      int to,
      Exclusions exclusions,
      IntPredicate include,
      Scratch s,
      TopNSink sink) {
    int f = scorer.factors();
    int items = scorer.items();
    for (int c = from; c < to; c++) {
      s.heaps[c - from].clear();
      s.cursor[c - from] = exclusions.from(c);
      s.included[c - from] = include.test(c);
    }
    for (int j0 = 0; j0 < items; j0 += ITEM_TILE) {
      int len = Math.min(ITEM_TILE, items - j0);
      for (int c = from; c < to; c++) {
        if (!s.included[c - from]) {
          continue;
        }
        scorer.scoreRange(x, c * f, j0, j0 + len, s.scores);
        s.cursor[c - from] = exclude(exclusions, c, s.cursor[c - from], j0 + len, s.scores);
        s.heaps[c - from].offer(s.scores, j0, j0 + len);
      }
    }
    for (int c = from; c < to; c++) {
      if (s.included[c - from]) {
        int count = s.heaps[c - from].drainBestFirst(s.outItems, s.outScores);
        sink.accept(c, s.outItems, s.outScores, count);
      }
    }
    sink.blockDone(from, to);
  }

  /**
   * Marks customer c's excluded products below {@code to} (those of the current tile: the cursor
   * already passed the earlier tiles); returns the advanced cursor.
   */
  private static int exclude(Exclusions exclusions, int c, int cursor, int to, float[] scores) {
    int end = exclusions.to(c);
    int k = cursor;
    while (k < end && exclusions.item(k) < to) {
      int j = exclusions.item(k);
      if (j >= 0) {
        scores[j] = Float.NEGATIVE_INFINITY;
      }
      k++;
    }
    return k;
  }

  /** One worker's buffers, reused for every block it scores. */
  private static final class Scratch {
    final float[] scores;
    final BoundedHeap[] heaps = new BoundedHeap[CUSTOMER_BLOCK];
    final int[] cursor = new int[CUSTOMER_BLOCK];
    final boolean[] included = new boolean[CUSTOMER_BLOCK];
    final int[] outItems;
    final float[] outScores;

    Scratch(int n, int items) {
      scores = new float[items];
      for (int c = 0; c < CUSTOMER_BLOCK; c++) {
        heaps[c] = new BoundedHeap(n);
      }
      outItems = new int[n];
      outScores = new float[n];
    }
  }
}
