package dev.tailor.strategy.source;

import dev.tailor.reco.batch.ScoreOrder;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Item indexes of a score array, best first ({@link ScoreOrder}: score, then lower index), computed
 * lazily: the items are put into {@value #BINS} bins by score (a counting sort, so a higher bin
 * holds only higher scores; only the bins holding the first {@value #FIRST} items are filled at
 * once, the others when the reading gets past them), and a bin's few items are sorted only when the
 * reading reaches it. A slot that reads 30 items sorts a handful of bins; one that reads 1,000
 * sorts a tenth of them. Scores that are not finite fall back to sorting everything at once.
 */
final class Ranking implements PrimitiveIterator.OfInt {
  static final int BINS = 1024;

  private final float[] scores;

  /** The items ranked are {@code members[offset..)}, or {@code offset..} when null. */
  private final int[] members;

  private final int offset;

  /** Item indexes by bin, highest bin first; ascending index within a bin until it is sorted. */
  private final int[] order;

  private final int[] counts;
  private final int[] starts;

  /** Each item's bin, and each bin's next free place in {@code order} while it is filled. */
  private final short[] bins;

  private final int[] fill;

  /** Bins from this one up are placed in {@code order}; lower ones when the reading gets there. */
  private int placedFrom;

  /** How many of the best items are placed at once. */
  static final int FIRST = 256;

  /** {@code order[0..sorted)} is in final order. */
  private int sorted;

  /** The next bin to sort, counting down. */
  private int bin = BINS - 1;

  private int next;

  Ranking(float[] scores) {
    this(scores, null, 0, scores.length);
  }

  /**
   * The items {@code members[from..to)} (all items {@code from..to} when {@code members} is null)
   * ranked by {@code scores[item]}; other items' scores are not read.
   */
  Ranking(float[] scores, int[] members, int from, int to) {
    this.scores = scores;
    this.members = members;
    this.offset = from;
    int n = to - from;
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      float s = scores[member(k)];
      // plain comparisons: NaN passes unnoticed here and is caught by the bin pass below
      if (s < lo) {
        lo = s;
      }
      if (s > hi) {
        hi = s;
      }
    }
    float scale = hi > lo ? (BINS - 1) / (hi - lo) : 0;
    short[] bins = new short[n];
    int[] counts = new int[BINS];
    // two histograms, for even and odd items, so that runs of one bin do not wait on each other
    int[] odd = new int[BINS];
    boolean finite = Float.isFinite(lo) && Float.isFinite(hi);
    int i = 0;
    for (; finite && i + 1 < n; i += 2) {
      float s = scores[member(i)];
      float t = scores[member(i + 1)];
      if (s != s || t != t) {
        finite = false;
      }
      int b = bin(s, lo, scale);
      int c = bin(t, lo, scale);
      bins[i] = (short) b;
      bins[i + 1] = (short) c;
      counts[b]++;
      odd[c]++;
    }
    if (finite && i < n) {
      float s = scores[member(i)];
      finite = s == s;
      int b = bin(s, lo, scale);
      bins[i] = (short) b;
      counts[b]++;
    }
    for (int b = 0; b < BINS; b++) {
      counts[b] += odd[b];
    }
    if (!finite) {
      this.order = sorted(scores, members, from, to);
      this.sorted = n;
      this.counts = null;
      this.starts = null;
      this.bins = null;
      this.fill = null;
      this.bin = -1;
      return;
    }
    this.counts = counts;
    this.bins = bins;
    starts = new int[BINS];
    fill = new int[BINS];
    int at = 0;
    for (int b = BINS - 1; b >= 0; b--) {
      starts[b] = at;
      fill[b] = at;
      at += counts[b];
    }
    order = new int[n];
    // place only the items of the top bins that hold the first FIRST items; the rest on demand
    int cut = BINS - 1;
    while (cut > 0 && starts[cut] + counts[cut] < FIRST) {
      cut--;
    }
    place(cut, BINS - 1);
    placedFrom = cut;
  }

  /** The item at position {@code k} of the members ranked. */
  private int member(int k) {
    return members == null ? offset + k : members[offset + k];
  }

  /** Puts the items of bins {@code from..to} (inclusive) in their bins' places in {@code order}. */
  private void place(int from, int to) {
    for (int i = 0; i < bins.length; i++) {
      int b = bins[i];
      if (b >= from && b <= to) {
        order[fill[b]++] = member(i);
      }
    }
  }

  /** The score's bin: non-decreasing in the score. */
  private static int bin(float s, float lo, float scale) {
    return Math.min(BINS - 1, (int) ((s - lo) * scale));
  }

  /** A full ranking, shared by many customers (non-personal models). */
  static int[] sorted(float[] scores) {
    return sorted(scores, null, 0, scores.length);
  }

  private static int[] sorted(float[] scores, int[] members, int from, int to) {
    long[] keyed = new long[to - from];
    for (int k = 0; k < keyed.length; k++) {
      int i = members == null ? from + k : members[from + k];
      keyed[k] = ScoreOrder.key(scores[i], i);
    }
    Arrays.sort(keyed);
    int[] out = new int[keyed.length];
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
    if (b < placedFrom) {
      place(0, placedFrom - 1);
      placedFrom = 0;
    }
    int from = starts[b];
    int n = counts[b];
    if (n > BY_INDEX && sameScore(from, n)) {
      byIndex(from, n);
    } else if (n > 1) {
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

  /** Bins larger than this whose items all score the same are ordered by a bitmap of indexes. */
  static final int BY_INDEX = 64;

  /** True when the items at {@code order[from..from+n)} all have the same score (bit for bit). */
  private boolean sameScore(int from, int n) {
    int first = Float.floatToIntBits(scores[order[from]]);
    for (int k = from + 1; k < from + n; k++) {
      if (Float.floatToIntBits(scores[order[k]]) != first) {
        return false;
      }
    }
    return true;
  }

  /**
   * Orders {@code order[from..from+n)} by item index (what the score-then-index order is among
   * equal scores), in time linear in the items and the score array's length / 64 rather than n log
   * n: the many items a sparse model scores 0 fall into one bin.
   */
  private void byIndex(int from, int n) {
    long[] bits = new long[(scores.length + 63) >>> 6];
    for (int k = from; k < from + n; k++) {
      int i = order[k];
      bits[i >>> 6] |= 1L << i;
    }
    int at = from;
    for (int w = 0; w < bits.length; w++) {
      long word = bits[w];
      while (word != 0) {
        order[at++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
  }

  @Override
  public int nextInt() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return order[next++];
  }
}
