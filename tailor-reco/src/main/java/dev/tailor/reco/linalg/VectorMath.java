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

  /**
   * Four dot products against the same vector: {@code out[i] = a[offsets[i] ..+n) · b[bo ..+n)} for
   * i in [first, first + 4). Sharing the loads of {@code b} makes this about 1.5 times faster than
   * four calls of {@link #dot} on short vectors.
   */
  public static void dot4(
      float[] a, int[] offsets, int first, float[] b, int bo, int n, float[] out) {
    int o0 = offsets[first];
    int o1 = offsets[first + 1];
    int o2 = offsets[first + 2];
    int o3 = offsets[first + 3];
    float a0 = 0;
    float a1 = 0;
    float a2 = 0;
    float a3 = 0;
    float b0 = 0;
    float b1 = 0;
    float b2 = 0;
    float b3 = 0;
    int k = 0;
    for (; k + 1 < n; k += 2) {
      float p0 = b[bo + k];
      float p1 = b[bo + k + 1];
      a0 += a[o0 + k] * p0;
      b0 += a[o0 + k + 1] * p1;
      a1 += a[o1 + k] * p0;
      b1 += a[o1 + k + 1] * p1;
      a2 += a[o2 + k] * p0;
      b2 += a[o2 + k + 1] * p1;
      a3 += a[o3 + k] * p0;
      b3 += a[o3 + k + 1] * p1;
    }
    if (k < n) {
      float p0 = b[bo + k];
      a0 += a[o0 + k] * p0;
      a1 += a[o1 + k] * p0;
      a2 += a[o2 + k] * p0;
      a3 += a[o3 + k] * p0;
    }
    out[first] = a0 + b0;
    out[first + 1] = a1 + b1;
    out[first + 2] = a2 + b2;
    out[first + 3] = a3 + b3;
  }

  /**
   * {@code y[k] += Σ_q coef[first+q] × a[offsets[first+q] + k]} over q in [0, 4), k in [0, n): four
   * scaled rows added in one pass over {@code y}.
   */
  public static void axpy4(float[] a, int[] offsets, int first, float[] coef, float[] y, int n) {
    int o0 = offsets[first];
    int o1 = offsets[first + 1];
    int o2 = offsets[first + 2];
    int o3 = offsets[first + 3];
    float s0 = coef[first];
    float s1 = coef[first + 1];
    float s2 = coef[first + 2];
    float s3 = coef[first + 3];
    for (int k = 0; k < n; k++) {
      y[k] += s0 * a[o0 + k] + s1 * a[o1 + k] + s2 * a[o2 + k] + s3 * a[o3 + k];
    }
  }

  /**
   * {@code out[j] += Σ_q coef[first+q] × rows[first+q][j]} over q in [0, 4), j in [0, n): four
   * scaled arrays added in one pass. Every array is read at the same index, so the JIT vectorizes
   * it.
   */
  public static void addScaled4(float[] out, int n, float[][] rows, int first, float[] coef) {
    float c0 = coef[first];
    float c1 = coef[first + 1];
    float c2 = coef[first + 2];
    float c3 = coef[first + 3];
    float[] r0 = rows[first];
    float[] r1 = rows[first + 1];
    float[] r2 = rows[first + 2];
    float[] r3 = rows[first + 3];
    for (int j = 0; j < n; j++) {
      out[j] += c0 * r0[j] + c1 * r1[j] + c2 * r2[j] + c3 * r3[j];
    }
  }

  /**
   * Four dot products of separate arrays with the same vector: {@code out[first+q] =
   * rows[first+q][0..n) · v[0..n)} for q in [0, 4).
   */
  public static void dot4Rows(float[][] rows, int first, float[] v, int n, float[] out) {
    float[] r0 = rows[first];
    float[] r1 = rows[first + 1];
    float[] r2 = rows[first + 2];
    float[] r3 = rows[first + 3];
    float a0 = 0;
    float a1 = 0;
    float a2 = 0;
    float a3 = 0;
    float b0 = 0;
    float b1 = 0;
    float b2 = 0;
    float b3 = 0;
    int k = 0;
    for (; k + 1 < n; k += 2) {
      float p0 = v[k];
      float p1 = v[k + 1];
      a0 += r0[k] * p0;
      b0 += r0[k + 1] * p1;
      a1 += r1[k] * p0;
      b1 += r1[k + 1] * p1;
      a2 += r2[k] * p0;
      b2 += r2[k + 1] * p1;
      a3 += r3[k] * p0;
      b3 += r3[k + 1] * p1;
    }
    if (k < n) {
      float p0 = v[k];
      a0 += r0[k] * p0;
      a1 += r1[k] * p0;
      a2 += r2[k] * p0;
      a3 += r3[k] * p0;
    }
    out[first] = a0 + b0;
    out[first + 1] = a1 + b1;
    out[first + 2] = a2 + b2;
    out[first + 3] = a3 + b3;
  }

  /** {@code out[j] += c × row[j]} for j in [0, n). */
  public static void addScaled(float[] out, int n, float c, float[] row) {
    for (int j = 0; j < n; j++) {
      out[j] += c * row[j];
    }
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
