package dev.tailor.reco.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * The weighted user × item matrix that models learn from, in compressed sparse row layout: the
 * items of user {@code u} are {@code cols[rowStart[u] .. rowStart[u+1])} (sorted, distinct), with
 * their {@code values} (positive, finite). Immutable; the arrays are never exposed for writing.
 */
public final class Interactions {
  private final IdIndex users;
  private final IdIndex items;
  private final int[] rowStart;
  private final int[] cols;
  private final float[] values;
  private volatile Interactions transposed;

  /**
   * Wraps CSR arrays (not copied: the caller hands them over). Validates shape, sorted distinct
   * columns and positive finite values.
   */
  public Interactions(IdIndex users, IdIndex items, int[] rowStart, int[] cols, float[] values) {
    this.users = Objects.requireNonNull(users, "users");
    this.items = Objects.requireNonNull(items, "items");
    this.rowStart = rowStart;
    this.cols = cols;
    this.values = values;
    validate();
  }

  private void validate() {
    if (rowStart.length != users.size() + 1 || rowStart[0] != 0) {
      throw new IllegalArgumentException("rowStart must have users+1 entries starting at 0");
    }
    if (cols.length != values.length || rowStart[users.size()] != cols.length) {
      throw new IllegalArgumentException("cols, values and rowStart disagree on the entry count");
    }
    for (int u = 0; u < users.size(); u++) {
      if (rowStart[u + 1] < rowStart[u]) {
        throw new IllegalArgumentException("rowStart must not decrease (user " + u + ")");
      }
      for (int k = rowStart[u]; k < rowStart[u + 1]; k++) {
        int c = cols[k];
        if (c < 0 || c >= items.size() || (k > rowStart[u] && c <= cols[k - 1])) {
          throw new IllegalArgumentException(
              "columns of user " + u + " must be sorted item indexes");
        }
        float v = values[k];
        if (!(v > 0) || Float.isInfinite(v)) {
          throw new IllegalArgumentException(
              "weights must be positive and finite, not " + v + " (user " + users.idOf(u) + ")");
        }
      }
    }
  }

  public IdIndex users() {
    return users;
  }

  public IdIndex items() {
    return items;
  }

  public int userCount() {
    return users.size();
  }

  public int itemCount() {
    return items.size();
  }

  /** Stored (non-zero) entries. */
  public int nonZeros() {
    return cols.length;
  }

  /** First entry of user {@code u}'s row; see {@link #rowEnd}, {@link #col}, {@link #value}. */
  public int rowStart(int u) {
    return rowStart[u];
  }

  public int rowEnd(int u) {
    return rowStart[u + 1];
  }

  /** Item index of entry {@code k}. */
  public int col(int k) {
    return cols[k];
  }

  /** Weight of entry {@code k}. */
  public float value(int k) {
    return values[k];
  }

  /** Number of items of user {@code u}. */
  public int rowLength(int u) {
    return rowStart[u + 1] - rowStart[u];
  }

  /** The item × user matrix (users and items swapped), computed once. */
  public Interactions transpose() {
    Interactions t = transposed;
    if (t == null) {
      t = computeTranspose();
      transposed = t;
    }
    return t;
  }

  private Interactions computeTranspose() {
    int[] start = new int[items.size() + 1];
    for (int c : cols) {
      start[c + 1]++;
    }
    for (int i = 0; i < items.size(); i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, items.size());
    int[] tCols = new int[cols.length];
    float[] tValues = new float[values.length];
    for (int u = 0; u < users.size(); u++) {
      for (int k = rowStart[u]; k < rowStart[u + 1]; k++) {
        int slot = next[cols[k]]++;
        tCols[slot] = u;
        tValues[slot] = values[k];
      }
    }
    return new Interactions(items, users, start, tCols, tValues);
  }
}
