package dev.tailor.reco.linalg;

/**
 * Float vector kernels over slices of arrays ({@code a[ao .. ao+n)}). Dot products keep eight
 * independent partial sums so the CPU can pipeline them (the JIT does not reorder float additions
 * itself); the element-wise loops are left simple so the JIT vectorizes them.
 */
public final class VectorMath {
  private VectorMath() {}

  /** {@code Σ a[ao+k] × b[bo+k]} for k in [0, n). */
  public static float dot(float[] a, int ao, float[] b, int bo, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    int k = 0;
    for (; k + 7 < n; k += 8) {
      s0 += a[ao + k] * b[bo + k];
      s1 += a[ao + k + 1] * b[bo + k + 1];
      s2 += a[ao + k + 2] * b[bo + k + 2];
      s3 += a[ao + k + 3] * b[bo + k + 3];
      s4 += a[ao + k + 4] * b[bo + k + 4];
      s5 += a[ao + k + 5] * b[bo + k + 5];
      s6 += a[ao + k + 6] * b[bo + k + 6];
      s7 += a[ao + k + 7] * b[bo + k + 7];
    }
    for (; k < n; k++) {
      s0 += a[ao + k] * b[bo + k];
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  /** {@code y[yo+k] += s × x[xo+k]} for k in [0, n). */
  public static void axpy(float s, float[] x, int xo, float[] y, int yo, int n) {
    for (int k = 0; k < n; k++) {
      y[yo + k] += s * x[xo + k];
    }
  }

  /** Euclidean norm of {@code a[ao .. ao+n)}, accumulated in double. */
  public static double norm(float[] a, int ao, int n) {
    double s = 0;
    for (int k = 0; k < n; k++) {
      s += (double) a[ao + k] * a[ao + k];
    }
    return Math.sqrt(s);
  }
}
