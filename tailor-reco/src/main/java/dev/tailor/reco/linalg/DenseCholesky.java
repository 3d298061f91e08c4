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
   * {@code (i, j)}, {@code i ≥ j}, is at {@code c[j * n + i]} (the upper triangle of a row-major
   * array), and {@code L} overwrites it there; the other triangle is neither read nor written.
   * Every element of {@code L} goes through the same floating-point operations in the same order as
   * in {@link #factor}, so the results are identical bit for bit; the inner loops run over
   * consecutive elements of a column, which the JIT compiles to vector instructions.
   */
  public static boolean factorByColumns(double[] c, int n) {
    for (int j = 0; j < n; j++) {
      int cj = j * n;
      for (int k = 0; k < j; k++) {
        int ck = k * n;
        double ljk = c[ck + j];
        for (int i = j; i < n; i++) {
          c[cj + i] -= c[ck + i] * ljk;
        }
      }
      double d = c[cj + j];
      if (!(d > 0)) {
        return false;
      }
      double ljj = Math.sqrt(d);
      c[cj + j] = ljj;
      for (int i = j + 1; i < n; i++) {
        c[cj + i] = c[cj + i] / ljj;
      }
    }
    return true;
  }

  /**
   * Solves {@code LLᵀ x = b} in place in {@code b}, with {@code c} from {@link #factorByColumns};
   * identical bit for bit to {@link #solve} on the same {@code L} stored by rows.
   */
  public static void solveByColumns(double[] c, int n, double[] b) {
    for (int k = 0; k < n; k++) {
      int ck = k * n;
      double bk = b[k] / c[ck + k];
      b[k] = bk;
      for (int i = k + 1; i < n; i++) {
        b[i] -= c[ck + i] * bk;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      int ci = i * n;
      double s = b[i];
      for (int k = i + 1; k < n; k++) {
        s -= c[ci + k] * b[k];
      }
      b[i] = s / c[ci + i];
    }
  }
}
