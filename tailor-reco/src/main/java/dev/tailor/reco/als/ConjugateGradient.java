package dev.tailor.reco.als;

import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.linalg.VectorMath;

/**
 * Solves one row's implicit least-squares problem approximately with a few conjugate-gradient
 * steps, warm-started from the row's current factors (Takács, Pilászy and Tikk 2011):
 *
 * <pre>
 *   (YᵀY + Σ_i (c_i − 1) y_i y_iᵀ + λ I) x = Σ_i c_i y_i
 * </pre>
 *
 * <p>{@code YᵀY} comes precomputed (one Gram matrix per half-sweep), so a step costs {@code f² + 2
 * f × (row's non-zeros)} multiply-adds instead of forming the row's own matrix. A row of up to
 * {@link #gatherLimit} entries (16 MB of scratch) first copies its factor vectors into scratch
 * arrays, one per entry and, from 16 entries, also transposed, one per factor, so that the products
 * with them are element-wise loops over arrays read at the same index, which the JIT vectorizes;
 * longer rows are read in place four vectors at a time. One instance per worker thread: it owns its
 * scratch arrays (grown to the longest row seen) and allocates nothing else while solving.
 */
final class ConjugateGradient {
  /** Rows with more entries are not gathered: 16 MB of scratch per worker at most. */
  private static final int GATHER_FLOATS = 1 << 21;

  /** Rows of at least this many entries also get the transposed copy for their dot products. */
  private static final int TRANSPOSE_MIN = 16;

  /** Stop early once the residual's squared norm fell by this factor (float precision floor). */
  private static final float RELATIVE_TOLERANCE = 1e-10f;

  private final int f;
  private final int steps;
  private final AlsObjective objective;
  private final float[] x;
  private final float[] r;
  private final float[] p;
  private final float[] ap;
  private int[] offsets = new int[0];
  private float[] c1 = new float[0];
  private float[] coef = new float[0];
  private float[][] rows = new float[0][];
  private float[][] columns;

  private final int gatherLimit;

  ConjugateGradient(int factors, int steps, AlsObjective objective) {
    this.f = factors;
    this.gatherLimit = gatherLimit(factors);
    this.steps = steps;
    this.objective = objective;
    this.x = new float[factors];
    this.r = new float[factors];
    this.p = new float[factors];
    this.ap = new float[factors];
    this.columns = new float[factors][0];
  }

  /**
   * Improves {@code target[row × f ..]} in place, given the fixed factors of the other side and
   * their Gram matrix {@code gram} (one array per row). A row without interactions gets zero
   * factors, the exact solution of its problem.
   */
  void solve(Interactions m, int row, float[] target, float[] fixed, float[][] gram) {
    int nnz = load(m, row, fixed);
    int xo = row * f;
    if (nnz == 0) {
      java.util.Arrays.fill(target, xo, xo + f, 0f);
      return;
    }
    boolean gathered = nnz <= gatherLimit;
    float lambda = (float) objective.lambda(nnz);
    System.arraycopy(target, xo, x, 0, f);
    // r = b − A x, with b = Σ (1 + c1) y and the sparse part Σ c1 (y·x) y
    gramTimes(gram, x, lambda, r);
    for (int k = 0; k < f; k++) {
      r[k] = -r[k];
    }
    dots(fixed, nnz, gathered, x);
    for (int e = 0; e < nnz; e++) {
      coef[e] = 1f + c1[e] - c1[e] * coef[e];
    }
    addRows(fixed, nnz, gathered, r);
    System.arraycopy(r, 0, p, 0, f);
    float rs = VectorMath.dot(r, 0, r, 0, f);
    float stop = rs * RELATIVE_TOLERANCE;
    for (int s = 0; s < steps && rs > stop; s++) {
      gramTimes(gram, p, lambda, ap);
      dots(fixed, nnz, gathered, p);
      for (int e = 0; e < nnz; e++) {
        coef[e] *= c1[e];
      }
      addRows(fixed, nnz, gathered, ap);
      float pap = VectorMath.dot(p, 0, ap, 0, f);
      if (!(pap > 0)) {
        break;
      }
      float a = rs / pap;
      for (int k = 0; k < f; k++) {
        x[k] += a * p[k];
        r[k] -= a * ap[k];
      }
      float rsNew = VectorMath.dot(r, 0, r, 0, f);
      float beta = rsNew / rs;
      for (int k = 0; k < f; k++) {
        p[k] = r[k] + beta * p[k];
      }
      rs = rsNew;
    }
    System.arraycopy(x, 0, target, xo, f);
  }

  /** Reads the row's entries into the scratch arrays (gathering short rows); returns nnz. */
  private int load(Interactions m, int row, float[] fixed) {
    int start = m.rowStart(row);
    int nnz = m.rowEnd(row) - start;
    if (nnz > offsets.length) {
      grow(nnz);
    }
    float alpha = (float) objective.alpha();
    for (int e = 0; e < nnz; e++) {
      offsets[e] = m.col(start + e) * f;
      c1[e] = alpha * m.value(start + e);
    }
    if (nnz <= gatherLimit) {
      for (int e = 0; e < nnz; e++) {
        System.arraycopy(fixed, offsets[e], rows[e], 0, f);
      }
      if (nnz >= TRANSPOSE_MIN) {
        for (int e = 0; e < nnz; e++) {
          float[] entry = rows[e];
          for (int k = 0; k < f; k++) {
            columns[k][e] = entry[k];
          }
        }
      }
    }
    return nnz;
  }

  /** Entries of the longest row gathered for rank {@code f}. */
  static int gatherLimit(int f) {
    return Math.max(1024, GATHER_FLOATS / (2 * f));
  }

  private void grow(int nnz) {
    int size = Math.max(nnz, Math.max(64, 2 * offsets.length));
    offsets = new int[size];
    c1 = new float[size];
    coef = new float[size];
    int gathered = Math.min(size, gatherLimit);
    if (gathered > rows.length) {
      float[][] grown = java.util.Arrays.copyOf(rows, gathered);
      for (int e = rows.length; e < gathered; e++) {
        grown[e] = new float[f];
      }
      rows = grown;
      columns = new float[f][gathered];
    }
  }

  /** {@code coef[e] = y_e · v} for the row's entries. */
  private void dots(float[] fixed, int nnz, boolean gathered, float[] v) {
    if (!gathered) {
      int e = 0;
      for (; e + 3 < nnz; e += 4) {
        VectorMath.dot4(fixed, offsets, e, v, 0, f, coef);
      }
      for (; e < nnz; e++) {
        coef[e] = VectorMath.dot(fixed, offsets[e], v, 0, f);
      }
      return;
    }
    if (nnz < TRANSPOSE_MIN) {
      int e = 0;
      for (; e + 3 < nnz; e += 4) {
        VectorMath.dot4Rows(rows, e, v, f, coef);
      }
      for (; e < nnz; e++) {
        coef[e] = VectorMath.dot(rows[e], 0, v, 0, f);
      }
      return;
    }
    java.util.Arrays.fill(coef, 0, nnz, 0f);
    int k = 0;
    for (; k + 3 < f; k += 4) {
      VectorMath.addScaled4(coef, nnz, columns, k, v);
    }
    for (; k < f; k++) {
      VectorMath.addScaled(coef, nnz, v[k], columns[k]);
    }
  }

  /** {@code out += Σ_e coef[e] y_e}. */
  private void addRows(float[] fixed, int nnz, boolean gathered, float[] out) {
    int e = 0;
    if (!gathered) {
      for (; e + 3 < nnz; e += 4) {
        VectorMath.axpy4(fixed, offsets, e, coef, out, f);
      }
      for (; e < nnz; e++) {
        VectorMath.axpy(coef[e], fixed, offsets[e], out, 0, f);
      }
      return;
    }
    for (; e + 3 < nnz; e += 4) {
      VectorMath.addScaled4(out, f, rows, e, coef);
    }
    for (; e < nnz; e++) {
      VectorMath.addScaled(out, f, coef[e], rows[e]);
    }
  }

  /** {@code out = (G + λI) v}, as {@code λ v + Σ_k v[k] G[k]} (G is symmetric). */
  private void gramTimes(float[][] gram, float[] v, float lambda, float[] out) {
    for (int j = 0; j < f; j++) {
      out[j] = lambda * v[j];
    }
    int k = 0;
    for (; k + 3 < f; k += 4) {
      VectorMath.addScaled4(out, f, gram, k, v);
    }
    for (; k < f; k++) {
      VectorMath.addScaled(out, f, v[k], gram[k]);
    }
  }

  /** Nominal floating-point operations of one {@link #solve} on a row with {@code nonZeros}. */
  static double flops(int f, int steps, long nonZeros) {
    double perMatVec = 2.0 * f * f + 2.0 * f + 4.0 * f * nonZeros;
    return (steps + 1) * perMatVec + steps * 12.0 * f + 4.0 * f;
  }
}
