package dev.tailor.reco.model;

import java.util.BitSet;

/**
 * Picks the {@code n} best-scored items with a bounded min-heap: O(items × log n), no allocation
 * beyond the result.
 */
public final class TopN {
  private TopN() {}

  /**
   * Indexes of the {@code n} highest {@code scores} not in {@code excluded}, best first; ties go to
   * the lower index so results are deterministic. Fewer than {@code n} when not enough items
   * remain.
   */
  public static int[] select(float[] scores, int n, BitSet excluded) {
    if (n <= 0) {
      return new int[0];
    }
    int[] heap = new int[n];
    int size = 0;
    for (int i = 0; i < scores.length; i++) {
      if (excluded != null && excluded.get(i)) {
        continue;
      }
      if (size < n) {
        heap[size] = i;
        siftUp(heap, size++, scores);
      } else if (better(i, heap[0], scores)) {
        heap[0] = i;
        siftDown(heap, size, scores);
      }
    }
    int[] result = new int[size];
    for (int k = size - 1; k >= 0; k--) {
      result[k] = heap[0];
      heap[0] = heap[k];
      siftDown(heap, k, scores);
    }
    return result;
  }

  /** True when item a ranks before item b. */
  private static boolean better(int a, int b, float[] s) {
    return s[a] > s[b] || (s[a] == s[b] && a < b);
  }

  private static void siftUp(int[] heap, int k, float[] s) {
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      if (!better(heap[parent], heap[k], s)) {
        break;
      }
      swap(heap, parent, k);
      k = parent;
    }
  }

  private static void siftDown(int[] heap, int size, float[] s) {
    int k = 0;
    while (true) {
      int l = 2 * k + 1;
      if (l >= size) {
        return;
      }
      int worst = l;
      int r = l + 1;
      if (r < size && better(heap[l], heap[r], s)) {
        worst = r;
      }
      if (!better(heap[k], heap[worst], s)) {
        return;
      }
      swap(heap, k, worst);
      k = worst;
    }
  }

  private static void swap(int[] heap, int a, int b) {
    int t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }
}
