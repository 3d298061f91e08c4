package dev.tailor.reco.batch;

/**
 * The {@code n} best (score, product) pairs seen so far, as a min-heap whose root is the worst kept
 * pair. Offers must come in ascending product order (as tiles do): a later product then wins only
 * with a strictly higher score, which gives ties to the lower index like {@link
 * dev.tailor.reco.model.TopN}. Reused across customers: {@link #clear} and refill.
 */
final class BoundedHeap {
  private final int[] items;
  private final float[] scores;
  private int size;

  BoundedHeap(int n) {
    items = new int[n];
    scores = new float[n];
  }

  void clear() {
    size = 0;
  }

  /** Offers {@code all[j]} as the score of product {@code j}, for j in [from, to). */
  void offer(float[] all, int from, int to) {
    int n = items.length;
    int j = from;
    for (; j < to && size < n; j++) {
      float v = all[j];
      if (v > Float.NEGATIVE_INFINITY) {
        items[size] = j;
        scores[size] = v;
        siftUp(size++);
      }
    }
    float worst = size == n ? scores[0] : Float.NEGATIVE_INFINITY;
    for (; j < to; j++) {
      float v = all[j];
      if (v > worst) {
        items[0] = j;
        scores[0] = v;
        siftDown(0);
        worst = scores[0];
      }
    }
  }

  /** Writes the kept pairs best first and empties the heap; returns how many. */
  int drainBestFirst(int[] outItems, float[] outScores) {
    int count = size;
    for (int k = count - 1; k >= 0; k--) {
      outItems[k] = items[0];
      outScores[k] = scores[0];
      size--;
      items[0] = items[size];
      scores[0] = scores[size];
      siftDown(0);
    }
    return count;
  }

  /** True when pair a ranks below pair b (lower score, or equal score and higher index). */
  private boolean worse(int a, int b) {
    return scores[a] < scores[b] || (scores[a] == scores[b] && items[a] > items[b]);
  }

  private void siftUp(int k) {
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      if (!worse(k, parent)) {
        return;
      }
      swap(k, parent);
      k = parent;
    }
  }

  private void siftDown(int k) {
    while (true) {
      int l = 2 * k + 1;
      if (l >= size) {
        return;
      }
      int r = l + 1;
      int child = r < size && worse(r, l) ? r : l;
      if (!worse(child, k)) {
        return;
      }
      swap(k, child);
      k = child;
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
