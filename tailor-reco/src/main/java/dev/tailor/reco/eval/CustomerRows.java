package dev.tailor.reco.eval;

import dev.tailor.reco.data.InteractionLog;
import java.util.Arrays;

/**
 * The rows of a log grouped by customer and, within a customer, sorted by product (then row), so
 * the distinct products of a customer are consecutive runs. Counting sort: O(rows log rows) at
 * worst, no object per row.
 */
final class CustomerRows {
  private final int[] start;
  private final long[] packed;

  private CustomerRows(int[] start, long[] packed) {
    this.start = start;
    this.packed = packed;
  }

  static CustomerRows of(InteractionLog log) {
    int customers = log.customers().size();
    int[] start = new int[customers + 1];
    for (int r = 0; r < log.size(); r++) {
      start[log.customer(r) + 1]++;
    }
    for (int c = 0; c < customers; c++) {
      start[c + 1] += start[c];
    }
    int[] next = Arrays.copyOf(start, customers);
    long[] packed = new long[log.size()];
    for (int r = 0; r < log.size(); r++) {
      packed[next[log.customer(r)]++] = ((long) log.product(r) << 32) | r;
    }
    for (int c = 0; c < customers; c++) {
      Arrays.sort(packed, start[c], start[c + 1]);
    }
    return new CustomerRows(start, packed);
  }

  int customerCount() {
    return start.length - 1;
  }

  /** First slot of customer {@code c}; slots run to {@link #end}. */
  int start(int c) {
    return start[c];
  }

  int end(int c) {
    return start[c + 1];
  }

  /** The log row in slot {@code k}. */
  int row(int k) {
    return (int) packed[k];
  }

  /** The product in slot {@code k}. */
  int product(int k) {
    return (int) (packed[k] >>> 32);
  }

  /** Distinct products of customer {@code c}. */
  int distinctProducts(int c) {
    int n = 0;
    for (int k = start[c]; k < start[c + 1]; k++) {
      if (k == start[c] || product(k) != product(k - 1)) {
        n++;
      }
    }
    return n;
  }
}
