package dev.tailor.strategy.source;

import dev.tailor.reco.batch.ScoreOrder;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntPredicate;

/**
 * The same order as {@link Ranking} (score, then lower index), computed in steps: the shortest
 * prefix of the order that holds {@value #HEAD} live items (ones the reader will likely keep: an
 * optional hint, items the slot's rules reject are not live), usually by one pass with a bounded
 * heap, which is all a slot usually reads when its rules were applied before ranking; a reader that
 * goes past it gets the prefix with {@value #DEEPER} live items by another pass (it begins with the
 * first prefix, in the same order), and only a reader that goes past those pays for the full {@link
 * Ranking}, from which it continues. The hint shapes only the work, never the order.
 */
final class HeadRanking implements PrimitiveIterator.OfInt {
  static final int HEAD = 32;
  static final int DEEPER = 256;

  /** The last stride computed per slot (n in the high half, the stride in the low half). */
  private static final AtomicLongArray STRIDES = new AtomicLongArray(1024);

  /** Scores by item, or null until a reader goes past the head of a ranking by position. */
  private float[] scores;

  /** Scores by position in {@code members} (null when {@code scores} is by item). */
  private final float[] byPosition;

  private final int items;
  private final int[] members;
  private final int from;
  private final int to;

  /** The head, best first. */
  private int[] head;

  /** Which items are live (null: every item); it sizes the head, never changes the order. */
  private final IntPredicate live;

  /** How many live items the head was asked for. */
  private int asked;

  /** True when the head holds every item. */
  private boolean complete;

  private int next;
  private Ranking rest;

  /**
   * The items {@code members[from..to)} (all items {@code from..to} when {@code members} is null)
   * ranked by {@code scores[item]}.
   */
  HeadRanking(float[] scores, int[] members, int from, int to) {
    this(scores, null, 0, members, from, to, null);
  }

  /** As {@link #HeadRanking(float[], int[], int, int)}, with a hint of which items are live. */
  HeadRanking(float[] scores, int[] members, int from, int to, IntPredicate live) {
    this(scores, null, 0, members, from, to, live);
  }

  /**
   * The items {@code members[from..to)} ranked by {@code byPosition[p]}, the score of {@code
   * members[p]}; {@code items} is the size of the item index (for the full ranking when a reader
   * goes past the head).
   */
  static HeadRanking byPosition(float[] byPosition, int items, int[] members, int from, int to) {
    return byPosition(byPosition, items, members, from, to, null);
  }

  /** As {@link #byPosition(float[], int, int[], int, int)}, with a hint of which items are live. */
  static HeadRanking byPosition(
      float[] byPosition, int items, int[] members, int from, int to, IntPredicate live) {
    return new HeadRanking(null, byPosition, items, members, from, to, live);
  }

  private HeadRanking(
      float[] scores,
      float[] byPosition,
      int items,
      int[] members,
      int from,
      int to,
      IntPredicate live) {
    this.scores = scores;
    this.byPosition = byPosition;
    this.items = items;
    this.members = members;
    this.from = from;
    this.to = to;
    this.live = live;
    this.asked = HEAD;
    this.head = best(HEAD);
  }

  /**
   * The shortest prefix of the order holding {@code wanted} live items (every item when there are
   * fewer), best first; sets {@link #complete}. The best items by score come first, by a pass with
   * a bounded heap, and only they are asked whether they are live, in order: twice as many as
   * wanted, and four times more by another pass while too few of them are.
   */
  private int[] best(int wanted) {
    int n = to - from;
    if (live == null) {
      int k = Math.min(n, wanted);
      complete = k == n;
      return items(top(k), k);
    }
    int k = Math.min(n, 2 * wanted);
    int alive = 0;
    int at = 0;
    while (true) {
      long[] top = top(k); // begins with the items asked about before, in the same order
      for (; at < k; at++) {
        if (live.test(ScoreOrder.item(top[at])) && ++alive == wanted) {
          complete = false;
          return items(top, at + 1);
        }
      }
      if (k == n) {
        complete = true;
        return items(top, k);
      }
      k = (int) Math.min(n, 4L * k);
    }
  }

  private static int[] items(long[] keys, int count) {
    int[] out = new int[count];
    for (int j = 0; j < count; j++) {
      out[j] = ScoreOrder.item(keys[j]);
    }
    return out;
  }

  /** The rank keys of the best {@code k} items, best first, by one pass with a bounded heap. */
  private long[] top(int k) {
    int n = to - from;
    // a max-heap of rank keys: the root is the worst of the best k so far
    long[] heap = new long[k];
    int size = 0;
    float worst = Float.NEGATIVE_INFINITY;
    // visit the positions in a scattered order (a stride coprime to n): members come in price
    // order, and scores that rise with the price would replace the heap's root at every step
    int stride = stride(n);
    int q = 0;
    for (int visited = 0; visited < n && k > 0; visited++) {
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
    return heap;
  }

  /** A step in {@code [1, n)} coprime to {@code n} near its golden section (1 when n < 3). */
  static int stride(int n) {
    if (n < 3) {
      return 1;
    }
    // rankings over the same price band recur from decision to decision
    int slot = n & (STRIDES.length() - 1);
    long known = STRIDES.get(slot);
    if ((int) (known >>> 32) == n) {
      return (int) known;
    }
    int step = Math.max(1, (int) (n * 0.6180339887));
    while (gcd(step, n) != 1) {
      step++;
    }
    STRIDES.lazySet(slot, ((long) n << 32) | step);
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
    if (complete) {
      return false; // the head holds every item
    }
    if (asked < DEEPER) {
      // the prefix with DEEPER live items begins with the head read so far, in the same order
      asked = DEEPER;
      head = best(DEEPER);
      if (next < head.length) {
        return true;
      }
      if (complete) {
        return false;
      }
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
