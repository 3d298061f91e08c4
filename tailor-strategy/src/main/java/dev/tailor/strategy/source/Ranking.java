package dev.tailor.strategy.source;

import dev.tailor.reco.batch.ScoreOrder;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Item indexes of a score array, best first ({@link ScoreOrder}: score, then lower index), computed
 * lazily: the items are put into {@value #BINS} bins by score in two passes (a counting sort, so a
 * higher bin holds only higher scores), and a bin's few items are sorted only when the reading
 * reaches it. A slot that reads 30 items sorts a handful of bins; one that reads 1,000 sorts a
 * tenth of them. Scores that are not finite fall back to sorting everything at once.
 */
final class Ranking implements PrimitiveIterator.OfInt {
  static final int BINS = 1024;

  private final float[] scores;

  /** Item indexes by bin, highest bin first; ascending index within a bin until it is sorted. */
  private final int[] order;

  private final int[] counts;
  private final int[] starts;

  /** {@code order[0..sorted)} is in final order. */
  private int sorted;

  /** The next bin to sort, counting down. */
  private int bin = BINS - 1;

  private int next;

  Ranking(float[] scores) {
    this.scores = scores;
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (float s : scores) {
      if (!Float.isFinite(s)) {
        this.order = sorted(scores);
        this.sorted = scores.length;
        this.counts = null;
        this.starts = null;
        this.bin = -1;
        return;
      }
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    float scale = hi > lo ? (BINS - 1) / (hi - lo) : 0;
    counts = new int[BINS];
    for (float s : scores) {
      counts[bin(s, lo, scale)]++;
    }
    starts = new int[BINS];
    int[] fill = new int[BINS];
    int at = 0;
    for (int b = BINS - 1; b >= 0; b--) {
      starts[b] = at;
      fill[b] = at;
      at += counts[b];
    }
    order = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      order[fill[bin(scores[i], lo, scale)]++] = i;
    }
  }

  /** The score's bin: non-decreasing in the score. */
  private static int bin(float s, float lo, float scale) {
    return Math.min(BINS - 1, (int) ((s - lo) * scale));
  }

  /** A full ranking, shared by many customers (non-personal models). */
  static int[] sorted(float[] scores) {
    long[] keyed = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      keyed[i] = ScoreOrder.key(scores[i], i);
    }
    Arrays.sort(keyed);
    int[] out = new int[scores.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    while (next >= sorted && bin >= 0) {
      sortBin(bin--);
    }
    return next < sorted;
  }

  private void sortBin(int b) {
    int from = starts[b];
    int n = counts[b];
    if (n > 1) {
      long[] keyed = new long[n];
      for (int k = 0; k < n; k++) {
        keyed[k] = ScoreOrder.key(scores[order[from + k]], order[from + k]);
      }
      Arrays.sort(keyed);
      for (int k = 0; k < n; k++) {
        order[from + k] = (int) keyed[k];
      }
    }
    sorted = from + n;
  }

  @Override
  public int nextInt() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return order[next++];
  }
}
