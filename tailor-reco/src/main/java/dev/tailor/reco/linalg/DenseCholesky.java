package dev.tailor.reco.linalg;

/**
 * Cholesky factorization {@code A = LLᵀ} and solves for small dense symmetric positive definite
 * systems in double precision (row-major {@code n × n}), as used to fold a single customer into a
 * factor model.
 */
public final class DenseCholesky {
  private DenseCholesky() {}

  /**
   * Overwrites the lower triangle of {@code a} with {@code L}; the upper triangle is left as it
   * was. Returns false when {@code a} is not (numerically) positive definite.
   */
  public static boolean factor(double[] a, int n) {
    for (int j = 0; j < n; j++) {
      double d = a[j * n + j];
      for (int k = 0; k < j; k++) {
        d -= a[j * n + k] * a[j * n + k];
      }
      if (!(d > 0)) {
        return false;
      }
      double ljj = Math.sqrt(d);
      a[j * n + j] = ljj;
      for (int i = j + 1; i < n; i++) {
        double s = a[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= a[i * n + k] * a[j * n + k];
        }
        a[i * n + j] = s / ljj;
      }
    }
    return true;
  }

  /** Solves {@code LLᵀ x = b} in place in {@code b}, with {@code l} from {@link #factor}. */
  public static void solve(double[] l, int n, double[] b) {
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * n + k] * b[k];
      }
      b[i] = s / l[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k * n + i] * b[k];
      }
      b[i] = s / l[i * n + i];
    }
  }

  /**
   * The same factorization as {@link #factor} with the lower triangle stored by columns: element
   * {@code (i, j)}, {@code i ≥ j}, is {@code columns[j][i]}, and {@code L} overwrites it there;
   * {@code columns[j][i]} for {@code i < j} is neither read nor written. Every element of {@code L}
   * goes through the same floating-point operations in the same order as in {@link #factor}, so the
   * results are identical bit for bit; the inner loops run over one index of whole columns (four
   * earlier columns per pass), which the JIT compiles to vector instructions.
   */
  public static boolean factorColumns(double[][] columns, int n) {
    for (int j = 0; j < n; j++) {
      double[] t = columns[j];
      int k = 0;
      for (; k + 3 < j; k += 4) {
        subtract4(columns, k, j, n, t);
      }
      for (; k < j; k++) {
        double[] c0 = columns[k];
        double l0 = c0[j];
        for (int i = j; i < n; i++) {
          t[i] -= c0[i] * l0;
        }
      }
      double d = t[j];
      if (!(d > 0)) {
        return false;
      }
      double ljj = Math.sqrt(d);
      t[j] = ljj;
      for (int i = j + 1; i < n; i++) {
        t[i] = t[i] / ljj;
      }
    }
    return true;
  }

  /** {@code t[i] -= L_ik L_jk} for the columns {@code k .. k+3} in that order, {@code i ≥ j}. */
  private static void subtract4(double[][] columns, int k, int j, int n, double[] t) {
    double[] c0 = columns[k];
    double[] c1 = columns[k + 1];
    double[] c2 = columns[k + 2];
    double[] c3 = columns[k + 3];
    double l0 = c0[j];
    double l1 = c1[j];
    double l2 = c2[j];
    double l3 = c3[j];
    for (int i = j; i < n; i++) {
      t[i] = t[i] - c0[i] * l0 - c1[i] * l1 - c2[i] * l2 - c3[i] * l3;
    }
  }

  /**
   * Solves {@code LLᵀ x = b} in place in {@code b}, with {@code columns} from {@link
   * #factorColumns}; identical bit for bit to {@link #solve} on the same {@code L} stored by rows.
   */
  public static void solveColumns(double[][] columns, int n, double[] b) {
    for (int k = 0; k < n; k++) {
      double[] ck = columns[k];
      double bk = b[k] / ck[k];
      b[k] = bk;
      for (int i = k + 1; i < n; i++) {
        b[i] -= ck[i] * bk;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      double[] ci = columns[i];
      double s = b[i];
      for (int k = i + 1; k < n; k++) {
        s -= ci[k] * b[k];
      }
      b[i] = s / ci[i];
    }
  }
}
