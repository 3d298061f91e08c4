package dev.tailor.strategy.source;

import dev.tailor.reco.batch.ScoreOrder;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The same order as {@link Ranking} (score, then lower index), computed in two steps: the best
 * {@value #HEAD} items by one pass with a bounded heap, which is all a slot reads when its rules
 * were applied before ranking; only a reader that goes past them pays for the full {@link Ranking},
 * from which it continues after the head.
 */
final class HeadRanking implements PrimitiveIterator.OfInt {
  static final int HEAD = 128;

  /** Scores by item, or null until a reader goes past the head of a ranking by position. */
  private float[] scores;

  /** Scores by position in {@code members} (null when {@code scores} is by item). */
  private final float[] byPosition;

  private final int items;
  private final int[] members;
  private final int from;
  private final int to;

  /** The head, best first. */
  private final int[] head;

  private int next;
  private Ranking rest;

  /**
   * The items {@code members[from..to)} (all items {@code from..to} when {@code members} is null)
   * ranked by {@code scores[item]}.
   */
  HeadRanking(float[] scores, int[] members, int from, int to) {
    this(scores, null, 0, members, from, to);
  }

  /**
   * The items {@code members[from..to)} ranked by {@code byPosition[p]}, the score of {@code
   * members[p]}; {@code items} is the size of the item index (for the full ranking when a reader
   * goes past the head).
   */
  static HeadRanking byPosition(float[] byPosition, int items, int[] members, int from, int to) {
    return new HeadRanking(null, byPosition, items, members, from, to);
  }

  private HeadRanking(
      float[] scores, float[] byPosition, int items, int[] members, int from, int to) {
    this.scores = scores;
    this.byPosition = byPosition;
    this.items = items;
    this.members = members;
    this.from = from;
    this.to = to;
    int n = to - from;
    int k = Math.min(HEAD, n);
    // a max-heap of rank keys: the root is the worst of the best k so far
    long[] heap = new long[k];
    int size = 0;
    float worst = Float.NEGATIVE_INFINITY;
    // visit the positions in a scattered order (a stride coprime to n): members come in price
    // order, and scores that rise with the price would replace the heap's root at every step
    int stride = stride(n);
    int q = 0;
    for (int visited = 0; visited < n; visited++) {
      int p = from + q;
      q += stride;
      if (q >= n) {
        q -= n;
      }
      int i = members == null ? p : members[p];
      float s = byPosition != null ? byPosition[p] : scores[i];
      if (size == k && s < worst) {
        continue; // cannot enter (NaN compares false and is keyed below, as Ranking keys it)
      }
      long key = ScoreOrder.key(s, i);
      if (size < k) {
        heap[size] = key;
        up(heap, size++);
        if (size == k) {
          worst = ScoreOrder.score(heap[0]);
        }
      } else if (key < heap[0]) {
        heap[0] = key;
        down(heap, k);
        worst = ScoreOrder.score(heap[0]);
      }
    }
    Arrays.sort(heap, 0, size);
    head = new int[size];
    for (int j = 0; j < size; j++) {
      head[j] = ScoreOrder.item(heap[j]);
    }
  }

  /** A step in {@code [1, n)} coprime to {@code n} near its golden section (1 when n < 3). */
  static int stride(int n) {
    if (n < 3) {
      return 1;
    }
    int step = Math.max(1, (int) (n * 0.6180339887));
    while (gcd(step, n) != 1) {
      step++;
    }
    return step;
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
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

  @Override
  public boolean hasNext() {
    if (next < head.length) {
      return true;
    }
    if (head.length < HEAD) {
      return false; // the head holds every item
    }
    if (rest == null) {
      if (scores == null) {
        scores = new float[items];
        for (int p = from; p < to; p++) {
          scores[members[p]] = byPosition[p];
        }
      }
      rest = new Ranking(scores, members, from, to);
      for (int j = 0; j < head.length; j++) {
        rest.nextInt(); // the same items, in the same order, as the head
      }
    }
    return rest.hasNext();
  }

  @Override
  public int nextInt() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return next < head.length ? head[next++] : rest.nextInt();
  }
}
