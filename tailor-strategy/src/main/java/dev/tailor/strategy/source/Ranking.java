package dev.tailor.strategy.source;

import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Item indexes of a score array, best first, computed lazily: the best {@value #FIRST} by a partial
 * selection, the rest by a full sort only when a slot reaches past them.
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
      int[] all = sorted(scores);
      order = all;
      full = true;
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
    long[] keyed = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      // order by score descending, then index ascending: flip the float bits into a sortable key
      int bits = Float.floatToIntBits(scores[i]);
      int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
      keyed[i] = ((long) ~sortable << 32) | i;
    }
    if (k < scores.length) {
      select(keyed, k);
      Arrays.sort(keyed, 0, k);
    } else {
      Arrays.sort(keyed);
    }
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

  /** Moves the k smallest keys to the front (quickselect). */
  private static void select(long[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      long pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (k - 1 <= j) {
        hi = j;
      } else if (k - 1 >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }
}
