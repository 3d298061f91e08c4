package dev.tailor.reco.model;

/**
 * A reusable bounded selection of the best {@code (item, score)} pairs: higher scores first, ties
 * to the lower item, as {@link TopN}. Made once per thread and reused, it allocates nothing per
 * use. Not thread-safe.
 */
public final class BoundedHeap {
  private final int capacity;
  private final int[] items;
  private final float[] scores;
  private int size;

  public BoundedHeap(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.capacity = capacity;
    this.items = new int[capacity];
    this.scores = new float[capacity];
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return size;
  }

  /** The score of the worst kept pair (the one the next better offer replaces); needs size > 0. */
  public float worstScore() {
    return scores[0];
  }

  public void clear() {
    size = 0;
  }

  /** Keeps {@code item} if it is among the best {@code capacity} offered since the last clear. */
  public void offer(int item, float score) {
    if (size < capacity) {
      items[size] = item;
      scores[size] = score;
      siftUp(size++);
    } else if (capacity > 0 && better(score, item, scores[0], items[0])) {
      items[0] = item;
      scores[0] = score;
      siftDown(size);
    }
  }

  /**
   * Writes the kept pairs best first into {@code outItems} / {@code outScores} from {@code offset}
   * and returns how many; the heap is empty afterwards.
   */
  public int drain(int[] outItems, float[] outScores, int offset) {
    int n = size;
    for (int k = n - 1; k >= 0; k--) {
      outItems[offset + k] = items[0];
      outScores[offset + k] = scores[0];
      size = k;
      items[0] = items[k];
      scores[0] = scores[k];
      siftDown(k);
    }
    size = 0;
    return n;
  }

  private static boolean better(float sa, int a, float sb, int b) {
    return sa > sb || (sa == sb && a < b);
  }

  private void siftUp(int k) {
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      if (!better(scores[parent], items[parent], scores[k], items[k])) {
        return;
      }
      swap(parent, k);
      k = parent;
    }
  }

  private void siftDown(int n) {
    int k = 0;
    while (true) {
      int l = 2 * k + 1;
      if (l >= n) {
        return;
      }
      int worst = l;
      int r = l + 1;
      if (r < n && better(scores[l], items[l], scores[r], items[r])) {
        worst = r;
      }
      if (!better(scores[k], items[k], scores[worst], items[worst])) {
        return;
      }
      swap(k, worst);
      k = worst;
    }
  }

  private void swap(int a, int b) {
    int ti = items[a];
    items[a] = items[b];
    items[b] = ti;
    float ts = scores[a];
    scores[a] = scores[b];
    scores[b] = ts;
  }
}
