package dev.tailor.strategy.source;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Item indexes of a score array, best first, computed lazily: the best {@value #FIRST} by a bounded
 * heap, then four times as many each time a slot reaches past them.
 */
final class Ranking implements PrimitiveIterator.OfInt {
  static final int FIRST = 256;

  private final float[] scores;
  private int[] order;
  private int next;
  private boolean full;

  Ranking(float[] scores) {
    this.scores = scores;
    this.order = top(scores, Math.min(FIRST, scores.length));
    this.full = order.length == scores.length;
  }

  /** A full ranking, shared by many customers (non-personal models). */
  static int[] sorted(float[] scores) {
    return top(scores, scores.length);
  }

  @Override
  public boolean hasNext() {
    if (next < order.length) {
      return true;
    }
    if (!full) {
      // four times as many, by the same order: the first ones are unchanged
      order = top(scores, (int) Math.min(scores.length, 4L * order.length));
      full = order.length == scores.length;
    }
    return next < order.length;
  }

  @Override
  public int nextInt() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return order[next++];
  }

  private static int[] top(float[] scores, int k) {
    if (k == scores.length) {
      return fullSort(scores);
    }
    // a min-heap of the k best (score, then lower index first); most items fail the first test
    int[] heap = new int[k];
    int size = 0;
    for (int i = 0; i < scores.length; i++) {
      if (size < k) {
        heap[size] = i;
        up(heap, size++, scores);
      } else if (better(i, heap[0], scores)) {
        heap[0] = i;
        down(heap, k, scores);
      }
    }
    long[] keyed = new long[size];
    for (int j = 0; j < size; j++) {
      keyed[j] = key(scores, heap[j]);
    }
    Arrays.sort(keyed);
    int[] out = new int[size];
    for (int j = 0; j < size; j++) {
      out[j] = (int) keyed[j];
    }
    return out;
  }

  private static boolean better(int a, int b, float[] s) {
    return s[a] > s[b] || (s[a] == s[b] && a < b);
  }

  private static void up(int[] h, int j, float[] s) {
    while (j > 0) {
      int parent = (j - 1) >>> 1;
      if (!better(h[parent], h[j], s)) {
        return;
      }
      int t = h[parent];
      h[parent] = h[j];
      h[j] = t;
      j = parent;
    }
  }

  private static void down(int[] h, int n, float[] s) {
    int j = 0;
    while (true) {
      int l = 2 * j + 1;
      if (l >= n) {
        return;
      }
      int worst = l + 1 < n && better(h[l], h[l + 1], s) ? l + 1 : l;
      if (!better(h[j], h[worst], s)) {
        return;
      }
      int t = h[j];
      h[j] = h[worst];
      h[worst] = t;
      j = worst;
    }
  }

  /**
   * Orders by score descending, then index ascending: the float bits flipped into a sortable key.
   */
  private static long key(float[] scores, int i) {
    int bits = Float.floatToIntBits(scores[i]);
    int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
    return ((long) ~sortable << 32) | i;
  }

  private static int[] fullSort(float[] scores) {
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
}
