package dev.tailor.reco.linalg;

/**
 * In-place inverse of a dense symmetric positive definite matrix in double precision, by Cholesky
 * ({@code A = LLᵀ}), the inverse of the triangular factor ({@code W = L⁻¹}) and the product {@code
 * A⁻¹ = WᵀW}, the LAPACK {@code potrf / trtri / lauum} sequence: {@code n³/2} multiply-adds.
 *
 * <p>The matrix is stored as one array per row and only its lower triangle is read and written.
 * Each step is blocked ({@link #BLOCK} rows at a time) so that the bulk of the work is
 * matrix-product updates over {@link #CHUNK}-wide column slices that stay in a core's cache,
 * written as element-wise loops over separate row arrays the JIT vectorizes, and spread over the
 * workers.
 */
public final class SpdInverse {
  static final int BLOCK = 64;
  static final int CHUNK = 256;
  private static final int ROW_GROUP = 8;

  private SpdInverse() {}

  /**
   * Replaces the lower triangle of {@code a} (rows {@code a[i]}, {@code n × n}) with that of its
   * inverse; the upper triangle is left unspecified. Returns false, with {@code a} spoiled, when
   * the matrix is not numerically positive definite.
   */
  public static boolean invertLower(double[][] a, Workers workers) {
    if (!cholesky(a, workers)) {
      return false;
    }
    invertTriangular(a, workers);
    multiplyTransposed(a, workers);
    return true;
  }

  /** Copies the lower triangle onto the upper one, making every row complete. */
  public static void mirrorLower(double[][] a, Workers workers) {
    int n = a.length;
    workers.forEachChunk(
        n,
        BLOCK,
        (from, to, w) -> {
          for (int j = from; j < to; j++) {
            for (int i = j + 1; i < n; i++) {
              a[j][i] = a[i][j];
            }
          }
        });
  }

  /** Right-looking blocked Cholesky: the lower triangle of {@code a} becomes {@code L}. */
  static boolean cholesky(double[][] a, Workers workers) {
    int n = a.length;
    double[][] panel = new double[BLOCK][n];
    for (int start = 0; start < n; start += BLOCK) {
      int kb = start;
      int b = Math.min(BLOCK, n - kb);
      if (!factorDiagonal(a, kb, b)) {
        return false;
      }
      int rest = kb + b;
      workers.forEachChunk(
          n - rest,
          ROW_GROUP * 4,
          (from, to, w) -> {
            for (int i = rest + from; i < rest + to; i++) {
              solvePanelRow(a, i, kb, b);
              for (int k = 0; k < b; k++) {
                panel[k][i] = a[i][kb + k];
              }
            }
          });
      workers.forEachChunk(
          n - rest,
          ROW_GROUP,
          (from, to, w) -> updateTrailing(a, panel, kb, b, rest + from, rest + to));
    }
    return true;
  }

  private static boolean factorDiagonal(double[][] a, int kb, int b) {
    for (int j = 0; j < b; j++) {
      double[] rj = a[kb + j];
      double d = rj[kb + j];
      for (int k = 0; k < j; k++) {
        d -= rj[kb + k] * rj[kb + k];
      }
      if (!(d > 0) || Double.isInfinite(d)) {
        return false;
      }
      double l = Math.sqrt(d);
      rj[kb + j] = l;
      for (int i = j + 1; i < b; i++) {
        double[] ri = a[kb + i];
        double s = ri[kb + j];
        for (int k = 0; k < j; k++) {
          s -= ri[kb + k] * rj[kb + k];
        }
        ri[kb + j] = s / l;
      }
    }
    return true;
  }

  /** {@code a[i][kb..kb+b) ← a[i][kb..kb+b) · L11⁻ᵀ}. */
  private static void solvePanelRow(double[][] a, int i, int kb, int b) {
    double[] ri = a[i];
    for (int j = 0; j < b; j++) {
      double[] rj = a[kb + j];
      double s = ri[kb + j];
      for (int k = 0; k < j; k++) {
        s -= ri[kb + k] * rj[kb + k];
      }
      ri[kb + j] = s / rj[kb + j];
    }
  }

  /** {@code a[i][j] −= Σ_k a[i][kb+k] × a[j][kb+k]} for rows [g0, g1) and {@code j ≤ i}. */
  private static void updateTrailing(
      double[][] a, double[][] panel, int kb, int b, int g0, int g1) {
    int rest = kb + b;
    for (int j0 = rest; j0 < g1; j0 += CHUNK) {
      for (int i = Math.max(g0, j0); i < g1; i++) {
        double[] ri = a[i];
        int j1 = Math.min(j0 + CHUNK, i + 1);
        int k = 0;
        for (; k + 3 < b; k += 4) {
          Kernels.subtract4(ri, ri, kb + k, panel, k, j0, j1);
        }
        for (; k < b; k++) {
          Kernels.subtract1(ri, ri[kb + k], panel[k], j0, j1);
        }
      }
    }
  }

  /** Blocked in-place inverse of the lower triangular factor: {@code L ← L⁻¹}. */
  static void invertTriangular(double[][] a, Workers workers) {
    int n = a.length;
    double[][] saved = new double[BLOCK][n];
    double[][] acc = new double[BLOCK][n];
    for (int start = 0; start < n; start += BLOCK) {
      int i0 = start;
      int b = Math.min(BLOCK, n - i0);
      int i1 = i0 + b;
      for (int r = 0; r < b; r++) {
        System.arraycopy(a[i0 + r], 0, saved[r], 0, i0 + r + 1);
      }
      workers.forEachChunk(
          (i1 + CHUNK - 1) / CHUNK,
          1,
          (from, to, w) -> {
            for (int c = from; c < to; c++) {
              inverseChunk(a, saved, acc, i0, b, c * CHUNK);
            }
          });
    }
  }

  /**
   * Rows [i0, i0+b) of {@code L⁻¹} over columns [j0, j0 + CHUNK); {@code acc} rows are indexed by
   * column, and chunks own disjoint columns of them.
   */
  private static void inverseChunk(
      double[][] a, double[][] saved, double[][] acc, int i0, int b, int j0) {
    int i1 = i0 + b;
    int j1 = Math.min(j0 + CHUNK, i1);
    for (int r = 0; r < b; r++) {
      java.util.Arrays.fill(acc[r], j0, j1, 0);
    }
    // Rows of L⁻¹ above the block: the triangle inside the chunk, then full-width rows.
    int k = j0;
    for (; k < Math.min(j1, i0); k++) {
      for (int r = 0; r < b; r++) {
        Kernels.add1(acc[r], saved[r][k], a[k], j0, Math.min(j1, k + 1));
      }
    }
    for (; k + 3 < i0; k += 4) {
      for (int r = 0; r < b; r++) {
        Kernels.add4(acc[r], saved[r], k, a, k, j0, j1);
      }
    }
    for (; k < i0; k++) {
      for (int r = 0; r < b; r++) {
        Kernels.add1(acc[r], saved[r][k], a[k], j0, j1);
      }
    }
    // The block's own rows, in order: each uses the rows of the block computed before it.
    for (int r = 0; r < b; r++) {
      int i = i0 + r;
      for (int kk = Math.max(i0, j0); kk < i; kk++) {
        Kernels.add1(acc[r], saved[r][kk], a[kk], j0, Math.min(j1, kk + 1));
      }
      double inv = 1 / saved[r][i];
      double[] ri = a[i];
      double[] ar = acc[r];
      int end = Math.min(j1, i + 1);
      for (int j = j0; j < end; j++) {
        ri[j] = j == i ? inv : -ar[j] * inv;
      }
    }
  }

  /** Blocked in-place product {@code W ← WᵀW} (lower triangle) for lower triangular {@code W}. */
  static void multiplyTransposed(double[][] a, Workers workers) {
    int n = a.length;
    double[][] rows = new double[BLOCK][n];
    for (int start = 0; start < n; start += BLOCK) {
      int i0 = start;
      int b = Math.min(BLOCK, n - i0);
      int i1 = i0 + b;
      workers.forEachChunk(
          (i1 + CHUNK - 1) / CHUNK,
          1,
          (from, to, w) -> {
            for (int c = from; c < to; c++) {
              productChunk(a, rows, i0, b, c * CHUNK);
            }
          });
      for (int r = 0; r < b; r++) {
        System.arraycopy(rows[r], 0, a[i0 + r], 0, i0 + r + 1);
      }
    }
  }

  /** {@code rows[r][j] = Σ_(k ≥ i0+r) W[k][i0+r] × W[k][j]} over columns [j0, j0 + CHUNK). */
  private static void productChunk(double[][] a, double[][] rows, int i0, int b, int j0) {
    int n = a.length;
    int i1 = i0 + b;
    int j1 = Math.min(j0 + CHUNK, i1);
    for (int r = 0; r < b; r++) {
      java.util.Arrays.fill(rows[r], j0, j1, 0);
      for (int k = i0 + r; k < i1; k++) {
        Kernels.add1(rows[r], a[k][i0 + r], a[k], j0, Math.min(j1, k + 1));
      }
    }
    int k = i1;
    for (; k + 3 < n; k += 4) {
      for (int r = 0; r < b; r++) {
        Kernels.add4Column(rows[r], a, k, i0 + r, j0, j1);
      }
    }
    for (; k < n; k++) {
      for (int r = 0; r < b; r++) {
        Kernels.add1(rows[r], a[k][i0 + r], a[k], j0, j1);
      }
    }
  }
}
