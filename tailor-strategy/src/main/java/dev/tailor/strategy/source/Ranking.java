package dev.tailor.strategy.source;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Item indexes of a score array, best first (score, then lower index), computed lazily: a histogram
 * of the scores over {@value #BINS} bins says which top bins hold the best {@value #FIRST}; only
 * those items are sorted. A slot that reads past them takes the next bins down for four times as
 * many, and so on. Each step is one pass over the scores plus a sort of the items it adds; scores
 * that are not finite fall back to sorting everything at once.
 */
final class Ranking implements PrimitiveIterator.OfInt {
  static final int FIRST = 256;
  static final int BINS = 1024;

  private final float[] scores;
  private final int[] counts;
  private final float[] binMin;
  private final float min;
  private final float scale;
  private int[] order;
  private int known;
  private int next;

  /** Bins at or above this one are in {@code order}. */
  private int lowestTaken = BINS;

  Ranking(float[] scores) {
    this.scores = scores;
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    boolean finite = true;
    for (float s : scores) {
      if (!Float.isFinite(s)) {
        finite = false;
        break;
      }
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    this.order = new int[Math.min(scores.length, FIRST)];
    if (!finite) {
      this.order = sorted(scores);
      this.known = scores.length;
      this.counts = null;
      this.binMin = null;
      this.min = 0;
      this.scale = 0;
      this.lowestTaken = 0;
      return;
    }
    this.min = lo;
    this.scale = hi > lo ? (BINS - 1) / (hi - lo) : 0;
    this.counts = new int[BINS];
    this.binMin = new float[BINS];
    Arrays.fill(binMin, Float.POSITIVE_INFINITY);
    for (float s : scores) {
      int b = bin(s);
      counts[b]++;
      if (s < binMin[b]) {
        binMin[b] = s;
      }
    }
    extend(FIRST);
  }

  /** The score's bin: non-decreasing in the score, so a higher bin holds only higher scores. */
  private int bin(float s) {
    return Math.min(BINS - 1, (int) ((s - min) * scale));
  }

  /** Adds the next bins down until at least {@code want} items are ordered (or all are). */
  private void extend(int want) {
    int target = Math.min(scores.length, want);
    int low = lowestTaken;
    int adding = 0;
    while (low > 0 && known + adding < target) {
      low--;
      adding += counts[low];
    }
    if (adding == 0) {
      lowestTaken = low;
      return;
    }
    // bins [low, lowestTaken) hold exactly the scores in [from, below)
    float from = binMin[low];
    float below = Float.POSITIVE_INFINITY;
    for (int b = lowestTaken; b < BINS; b++) {
      below = Math.min(below, binMin[b]);
    }
    long[] keyed = new long[adding];
    int k = 0;
    for (int i = 0; i < scores.length; i++) {
      float s = scores[i];
      if (s >= from && s < below) {
        keyed[k++] = key(scores, i);
      }
    }
    Arrays.sort(keyed);
    if (order.length < known + adding) {
      order = Arrays.copyOf(order, known + adding);
    }
    for (int j = 0; j < adding; j++) {
      order[known + j] = (int) keyed[j];
    }
    known += adding;
    lowestTaken = low;
  }

  /** A full ranking, shared by many customers (non-personal models). */
  static int[] sorted(float[] scores) {
    long[] keyed = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      keyed[i] = key(scores, i);
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
    if (next < known) {
      return true;
    }
    if (lowestTaken > 0) {
      // four times as many, by the same order: the first ones are unchanged
      extend((int) Math.min(scores.length, 4L * Math.max(known, FIRST)));
    }
    return next < known;
  }

  @Override
  public int nextInt() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return order[next++];
  }

  /**
   * Orders by score descending, then index ascending: the float bits flipped into a sortable key.
   */
  private static long key(float[] scores, int i) {
    int bits = Float.floatToIntBits(scores[i]);
    int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
    return ((long) ~sortable << 32) | i;
  }
}
