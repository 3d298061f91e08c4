package dev.tailor.reco.neighbours;

import dev.tailor.reco.data.Interactions;
import java.util.Arrays;

/**
 * A bare row × column sparse matrix in CSR layout (rows are customers or orders), without id
 * indexes, as the neighbour search reads it.
 *
 * @param columns number of columns (items)
 * @param rowStart entries of row r are {@code [rowStart[r], rowStart[r+1])}
 * @param cols column of each entry, distinct within a row
 * @param values value of each entry
 */
public record SparseRows(int columns, int[] rowStart, int[] cols, float[] values) {
  public SparseRows {
    if (rowStart.length == 0 || cols.length != values.length) {
      throw new IllegalArgumentException("malformed sparse rows");
    }
  }

  /** The rows of {@code m} (copied). */
  public static SparseRows of(Interactions m) {
    int[] start = new int[m.userCount() + 1];
    int[] cols = new int[m.nonZeros()];
    float[] values = new float[m.nonZeros()];
    for (int u = 0; u < m.userCount(); u++) {
      start[u + 1] = m.rowEnd(u);
    }
    for (int k = 0; k < cols.length; k++) {
      cols[k] = m.col(k);
      values[k] = m.value(k);
    }
    return new SparseRows(m.itemCount(), start, cols, values);
  }

  public int rows() {
    return rowStart.length - 1;
  }

  /** The column × row matrix. */
  public SparseRows transpose() {
    int[] start = new int[columns + 1];
    for (int c : cols) {
      start[c + 1]++;
    }
    for (int i = 0; i < columns; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, columns);
    int[] tCols = new int[cols.length];
    float[] tValues = new float[values.length];
    for (int r = 0; r < rows(); r++) {
      for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
        int slot = next[cols[k]]++;
        tCols[slot] = r;
        tValues[slot] = values[k];
      }
    }
    return new SparseRows(rows(), start, tCols, tValues);
  }
}
