package dev.tailor.reco.linalg;

/**
 * The Gram matrix {@code VᵀV} of a row-major {@code rows × dim} float matrix, in double precision.
 *
 * <p>The rows are cut into a fixed number of contiguous stripes that depends only on the shape,
 * never on the thread count; each stripe is summed by one worker and the stripes are added in
 * order, so the result is bit-for-bit the same for any number of threads.
 */
public final class Gram {
  private static final int ROW_BLOCK = 256;

  private Gram() {}

  /** Floating-point operations of {@link #of} (multiply and add counted apart, upper triangle). */
  public static double flops(long rows, int dim) {
    return 2.0 * rows * dim * (dim + 1) / 2.0;
  }

  /** {@code VᵀV} as a full symmetric row-major {@code dim × dim} array. */
  public static double[] of(float[] v, int rows, int dim, Workers workers) {
    int stripes = stripes(rows, dim);
    double[][] partial = new double[stripes][];
    int perWorker = workers.threads();
    float[][][] scratch = new float[perWorker][][];
    workers.forEachChunk(
        stripes,
        1,
        (from, to, w) -> {
          if (scratch[w] == null) {
            scratch[w] = new float[dim + 4][dim];
          }
          for (int s = from; s < to; s++) {
            long lo = (long) rows * s / stripes;
            long hi = (long) rows * (s + 1) / stripes;
            partial[s] = stripe(v, (int) lo, (int) hi, dim, scratch[w]);
          }
        });
    double[] g = new double[dim * dim];
    for (double[] p : partial) {
      for (int k = 0; k < g.length; k++) {
        g[k] += p[k];
      }
    }
    for (int i = 0; i < dim; i++) {
      for (int j = 0; j < i; j++) {
        g[i * dim + j] = g[j * dim + i];
      }
    }
    return g;
  }

  private static int stripes(int rows, int dim) {
    int byMemory = (int) Math.min(32, Math.max(2, (1L << 24) / ((long) dim * dim)));
    return Math.max(1, Math.min(byMemory, (rows + ROW_BLOCK - 1) / ROW_BLOCK));
  }

  /** Upper triangle of the Gram matrix of rows [lo, hi); float blocks summed into doubles. */
  private static double[] stripe(float[] v, int lo, int hi, int dim, float[][] scratch) {
    double[] sum = new double[dim * dim];
    float[][] acc = new float[dim][];
    System.arraycopy(scratch, 0, acc, 0, dim);
    float[] r0 = scratch[dim];
    float[] r1 = scratch[dim + 1];
    float[] r2 = scratch[dim + 2];
    float[] r3 = scratch[dim + 3];
    for (int start = lo; start < hi; start += ROW_BLOCK) {
      int end = Math.min(hi, start + ROW_BLOCK);
      for (float[] row : acc) {
        java.util.Arrays.fill(row, 0f);
      }
      int r = start;
      for (; r + 3 < end; r += 4) {
        System.arraycopy(v, r * dim, r0, 0, dim);
        System.arraycopy(v, (r + 1) * dim, r1, 0, dim);
        System.arraycopy(v, (r + 2) * dim, r2, 0, dim);
        System.arraycopy(v, (r + 3) * dim, r3, 0, dim);
        for (int j = 0; j < dim; j++) {
          rank4(acc[j], j, dim, scratch, dim);
        }
      }
      for (; r < end; r++) {
        System.arraycopy(v, r * dim, r0, 0, dim);
        for (int j = 0; j < dim; j++) {
          VectorMath.axpy(r0[j], r0, j, acc[j], j, dim - j);
        }
      }
      for (int j = 0; j < dim; j++) {
        for (int k = j; k < dim; k++) {
          sum[j * dim + k] += acc[j][k];
        }
      }
    }
    return sum;
  }

  /** {@code acc[k] += Σ_q rows[q][j] × rows[q][k]} over the four rows at {@code first}. */
  private static void rank4(float[] acc, int j, int dim, float[][] scratch, int first) {
    float[] r0 = scratch[first];
    float[] r1 = scratch[first + 1];
    float[] r2 = scratch[first + 2];
    float[] r3 = scratch[first + 3];
    float a0 = r0[j];
    float a1 = r1[j];
    float a2 = r2[j];
    float a3 = r3[j];
    for (int k = j; k < dim; k++) {
      acc[k] += a0 * r0[k] + a1 * r1[k] + a2 * r2[k] + a3 * r3[k];
    }
  }
}
