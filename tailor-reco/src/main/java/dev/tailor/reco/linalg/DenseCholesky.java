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
}
