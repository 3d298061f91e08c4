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
 * <p>{@code YᵀY} comes precomputed (one Gram matrix per half-sweep), so a step costs {@code f² + 4
 * f × (row's non-zeros)} multiply-adds instead of forming the row's own matrix. One instance per
 * worker thread: it owns its scratch vectors and allocates nothing while solving.
 */
final class ConjugateGradient {
  /** Stop early once the residual's squared norm fell by this factor (float precision floor). */
  private static final float RELATIVE_TOLERANCE = 1e-10f;

  private final int f;
  private final int steps;
  private final AlsObjective objective;
  private final float[] r;
  private final float[] p;
  private final float[] ap;

  ConjugateGradient(int factors, int steps, AlsObjective objective) {
    this.f = factors;
    this.steps = steps;
    this.objective = objective;
    this.r = new float[factors];
    this.p = new float[factors];
    this.ap = new float[factors];
  }

  /**
   * Improves {@code target[row × f ..]} in place, given the fixed factors of the other side and
   * their Gram matrix {@code gram} (row-major {@code f × f}). A row without interactions gets zero
   * factors, the exact solution of its problem.
   */
  void solve(Interactions rows, int row, float[] target, float[] fixed, float[] gram) {
    int start = rows.rowStart(row);
    int end = rows.rowEnd(row);
    int xo = row * f;
    if (start == end) {
      java.util.Arrays.fill(target, xo, xo + f, 0f);
      return;
    }
    float lambda = (float) objective.lambda(end - start);
    float alpha = (float) objective.alpha();
    // r = b − A x
    gramTimes(gram, target, xo, lambda, r);
    for (int k = 0; k < f; k++) {
      r[k] = -r[k];
    }
    for (int e = start; e < end; e++) {
      int yo = rows.col(e) * f;
      float c1 = alpha * rows.value(e);
      float d = VectorMath.dot(fixed, yo, target, xo, f);
      VectorMath.axpy(1f + c1 - c1 * d, fixed, yo, r, 0, f);
    }
    System.arraycopy(r, 0, p, 0, f);
    float rs = VectorMath.dot(r, 0, r, 0, f);
    float stop = rs * RELATIVE_TOLERANCE;
    for (int s = 0; s < steps && rs > stop; s++) {
      gramTimes(gram, p, 0, lambda, ap);
      for (int e = start; e < end; e++) {
        int yo = rows.col(e) * f;
        float c1 = alpha * rows.value(e);
        float d = VectorMath.dot(fixed, yo, p, 0, f);
        VectorMath.axpy(c1 * d, fixed, yo, ap, 0, f);
      }
      float pap = VectorMath.dot(p, 0, ap, 0, f);
      if (!(pap > 0)) {
        break;
      }
      float a = rs / pap;
      VectorMath.axpy(a, p, 0, target, xo, f);
      VectorMath.axpy(-a, ap, 0, r, 0, f);
      float rsNew = VectorMath.dot(r, 0, r, 0, f);
      float beta = rsNew / rs;
      for (int k = 0; k < f; k++) {
        p[k] = r[k] + beta * p[k];
      }
      rs = rsNew;
    }
  }

  /** {@code out = (G + λI) v[vo ..]}. */
  private void gramTimes(float[] gram, float[] v, int vo, float lambda, float[] out) {
    for (int j = 0; j < f; j++) {
      out[j] = VectorMath.dot(gram, j * f, v, vo, f) + lambda * v[vo + j];
    }
  }

  /** Nominal floating-point operations of one {@link #solve} on a row with {@code nonZeros}. */
  static double flops(int f, int steps, long nonZeros) {
    double perMatVec = 2.0 * f * f + 2.0 * f + 4.0 * f * nonZeros;
    return (steps + 1) * perMatVec + steps * 12.0 * f + 4.0 * f;
  }
}
