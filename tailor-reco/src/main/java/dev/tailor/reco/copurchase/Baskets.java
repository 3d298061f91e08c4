package dev.tailor.reco.copurchase;

import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.neighbours.SparseRows;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The purchased products of each order, as a binary order × product matrix. Purchases without an
 * order id are grouped per customer and day.
 */
final class Baskets {
  private static final long DAY_MILLIS = 86_400_000L;

  private Baskets() {}

  /** Distinct products per basket; empty rows are dropped. */
  static SparseRows of(InteractionLog log) {
    int orders = log.orders().size();
    Map<Long, Integer> pseudo = new HashMap<>();
    long[] pairs = new long[log.size()];
    int n = 0;
    for (int r = 0; r < log.size(); r++) {
      if (log.type(r) != EventType.ORDER_COMPLETED) {
        continue;
      }
      int basket = log.order(r);
      if (basket < 0) {
        long key =
            ((long) log.customer(r) << 32) | (Math.floorDiv(log.time(r), DAY_MILLIS) & 0xffffffffL);
        basket = orders + pseudo.computeIfAbsent(key, k -> pseudo.size());
      }
      pairs[n++] = ((long) basket << 32) | log.product(r);
    }
    Arrays.sort(pairs, 0, n);
    int[] rowStart = new int[n + 1];
    int[] cols = new int[n];
    int rows = 0;
    int entries = 0;
    long lastBasket = -1;
    for (int k = 0; k < n; k++) {
      if (k > 0 && pairs[k] == pairs[k - 1]) {
        continue;
      }
      long basket = pairs[k] >>> 32;
      if (basket != lastBasket) {
        rowStart[rows++] = entries;
        lastBasket = basket;
      }
      cols[entries++] = (int) pairs[k];
    }
    rowStart[rows] = entries;
    float[] ones = new float[entries];
    Arrays.fill(ones, 1f);
    return new SparseRows(
        log.products().size(),
        Arrays.copyOf(rowStart, rows + 1),
        Arrays.copyOf(cols, entries),
        ones);
  }
}
