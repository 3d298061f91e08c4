package dev.tailor.strategy.source;

import dev.tailor.reco.batch.ScoreOrder;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Item indexes of a score array, best first ({@link ScoreOrder}: score, then lower index), computed
 * lazily. Most readers take a few dozen items, so the best ones are picked first: a threshold is
 * read off a sample of the scores, one pass keeps the items scoring at least that much (about
 * {@value #TARGET}) and only those are sorted. Every item left out scores strictly less than every
 * item kept, so the kept ones, sorted, are exactly the head of the full order. A reader that goes
 * past them continues in a {@link BinRanking} of all items, which gives the same order and is
 * skipped past the head. Scores with a NaN, and short arrays, go to the {@link BinRanking} at once.
 */
final class Ranking implements PrimitiveIterator.OfInt {
  /** About how many of the best items are picked at first. */
  static final int TARGET = 160;

  /** Scores sampled to choose the threshold. */
  static final int SAMPLE = 256;

  /** A pick holding more items than this (ties, skew) is dropped for the full ranking. */
  static final int MAX_PICK = 4 * TARGET;

  private final float[] scores;

  /** The picked items' keys in final order; null when everything comes from {@code rest}. */
  private final long[] head;

  private final int headCount;
  private int next;
  private PrimitiveIterator.OfInt rest;

  Ranking(float[] scores) {
    this.scores = scores;
    long[] picked = scores.length >= 4 * SAMPLE ? pick(scores) : null;
    if (picked == null) {
      head = null;
      headCount = 0;
      rest = new BinRanking(scores);
      return;
    }
    headCount = (int) picked[picked.length - 1];
    Arrays.sort(picked, 0, headCount);
    head = picked;
  }

  /**
   * The keys of the items scoring at least a sampled threshold, their count in the last element;
   * null when a score is NaN or the pick holds more than {@link #MAX_PICK} items.
   */
  private static long[] pick(float[] scores) {
    int n = scores.length;
    // the q-th highest of SAMPLE evenly spaced scores: about q * n / SAMPLE items reach it
    int q = Math.max(1, (int) ((long) TARGET * SAMPLE / n));
    float[] best = new float[q];
    Arrays.fill(best, Float.NEGATIVE_INFINITY);
    int stride = n / SAMPLE;
    boolean nan = false;
    for (int s = 0; s < SAMPLE; s++) {
      float v = scores[s * stride];
      nan |= v != v;
      if (v > best[q - 1]) {
        int k = q - 1;
        while (k > 0 && best[k - 1] < v) {
          best[k] = best[k - 1];
          k--;
        }
        best[k] = v;
      }
    }
    float t = best[q - 1];
    if (nan || t != t) {
      return null;
    }
    long[] keys = new long[MAX_PICK + 1];
    int c = 0;
    for (int i = 0; i < n; i++) {
      float v = scores[i];
      if (v >= t) {
        if (c == MAX_PICK) {
          return null;
        }
        keys[c++] = ScoreOrder.key(v, i);
      } else if (v != v) {
        return null;
      }
    }
    keys[MAX_PICK] = c;
    return keys;
  }

  /** A full ranking, shared by many customers (non-personal models). */
  static int[] sorted(float[] scores) {
    return BinRanking.sorted(scores);
  }

  @Override
  public boolean hasNext() {
    if (next < headCount) {
      return true;
    }
    if (rest == null) {
      rest = new BinRanking(scores);
      for (int k = 0; k < headCount; k++) {
        rest.nextInt(); // the head, read already
      }
    }
    return rest.hasNext();
  }

  @Override
  public int nextInt() {
    if (next < headCount) {
      return ScoreOrder.item(head[next++]);
    }
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return rest.nextInt();
  }
}
