package dev.tailor.reco.batch;

import dev.tailor.reco.data.Interactions;

/**
 * Items never to recommend, per customer (typically what they already bought), in compressed sparse
 * rows: the excluded items of customer {@code c} are {@code items[start[c] .. start[c+1])},
 * ascending. Customers beyond the last row exclude nothing. Immutable.
 */
public final class Exclusions {
  private static final Exclusions NONE = new Exclusions(new int[] {0}, new int[0]);

  private final int[] start;
  private final int[] items;

  private Exclusions(int[] start, int[] items) {
    this.start = start;
    this.items = items;
  }

  /** Nothing excluded. */
  public static Exclusions none() {
    return NONE;
  }

  /** Excludes each customer's items in {@code m} (every item they interacted with). */
  public static Exclusions of(Interactions m) {
    int[] start = new int[m.userCount() + 1];
    int[] items = new int[m.nonZeros()];
    for (int u = 0; u < m.userCount(); u++) {
      start[u + 1] = m.rowEnd(u);
      for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
        items[k] = m.col(k);
      }
    }
    return new Exclusions(start, items);
  }

  /**
   * Wraps compressed rows (copied). Rows must be ascending and distinct, indexes ≥ 0.
   *
   * @throws IllegalArgumentException when the arrays are not valid compressed rows
   */
  public static Exclusions ofRows(int[] start, int[] items) {
    if (start.length == 0 || start[0] != 0 || start[start.length - 1] != items.length) {
      throw new IllegalArgumentException("start must run from 0 to items.length");
    }
    for (int c = 0; c + 1 < start.length; c++) {
      if (start[c + 1] < start[c]) {
        throw new IllegalArgumentException("start must not decrease (customer " + c + ")");
      }
      for (int k = start[c]; k < start[c + 1]; k++) {
        if (items[k] < 0 || (k > start[c] && items[k] <= items[k - 1])) {
          throw new IllegalArgumentException(
              "excluded items of customer " + c + " must be ascending and distinct");
        }
      }
    }
    return new Exclusions(start.clone(), items.clone());
  }

  /** First entry of customer {@code c}'s row (empty beyond the last row). */
  int from(int c) {
    return c + 1 < start.length ? start[c] : 0;
  }

  int to(int c) {
    return c + 1 < start.length ? start[c + 1] : 0;
  }

  int item(int k) {
    return items[k];
  }

  /** Customers with a row (possibly empty). */
  public int customers() {
    return start.length - 1;
  }

  /** Customer {@code c}'s excluded items, ascending (a copy). */
  public int[] items(int c) {
    return java.util.Arrays.copyOfRange(items, from(c), to(c));
  }

  /** Whether customer {@code c} must not get item {@code item}. */
  public boolean excludes(int c, int item) {
    return java.util.Arrays.binarySearch(items, from(c), to(c), item) >= 0;
  }
}
