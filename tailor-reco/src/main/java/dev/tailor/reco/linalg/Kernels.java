package dev.tailor.reco.linalg;

/**
 * Double-precision update loops of {@link SpdInverse}: a row slice plus a combination of up to four
 * other rows. Each is a plain element-wise loop over distinct arrays all read at the same index,
 * the shape the JIT (as of Java 17) vectorizes; combining four rows per pass reads and writes the
 * destination a quarter as often.
 */
final class Kernels {
  private Kernels() {}

  /** {@code dst[j] −= Σ_q coef[c+q] × rows[k+q][j]} for q in 0..3, j in [from, to). */
  static void subtract4(
      double[] dst, double[] coef, int c, double[][] rows, int k, int from, int to) {
    double c0 = coef[c];
    double c1 = coef[c + 1];
    double c2 = coef[c + 2];
    double c3 = coef[c + 3];
    double[] r0 = rows[k];
    double[] r1 = rows[k + 1];
    double[] r2 = rows[k + 2];
    double[] r3 = rows[k + 3];
    for (int j = from; j < to; j++) {
      dst[j] -= c0 * r0[j] + c1 * r1[j] + c2 * r2[j] + c3 * r3[j];
    }
  }

  /** {@code dst[j] −= c × row[j]} for j in [from, to). */
  static void subtract1(double[] dst, double c, double[] row, int from, int to) {
    for (int j = from; j < to; j++) {
      dst[j] -= c * row[j];
    }
  }

  /** {@code dst[j] += Σ_q coef[c+q] × rows[k+q][j]} for q in 0..3, j in [from, to). */
  static void add4(double[] dst, double[] coef, int c, double[][] rows, int k, int from, int to) {
    double c0 = coef[c];
    double c1 = coef[c + 1];
    double c2 = coef[c + 2];
    double c3 = coef[c + 3];
    double[] r0 = rows[k];
    double[] r1 = rows[k + 1];
    double[] r2 = rows[k + 2];
    double[] r3 = rows[k + 3];
    for (int j = from; j < to; j++) {
      dst[j] += c0 * r0[j] + c1 * r1[j] + c2 * r2[j] + c3 * r3[j];
    }
  }

  /** {@code dst[j] += Σ_q rows[k+q][col] × rows[k+q][j]} for q in 0..3, j in [from, to). */
  static void add4Column(double[] dst, double[][] rows, int k, int col, int from, int to) {
    double[] r0 = rows[k];
    double[] r1 = rows[k + 1];
    double[] r2 = rows[k + 2];
    double[] r3 = rows[k + 3];
    double c0 = r0[col];
    double c1 = r1[col];
    double c2 = r2[col];
    double c3 = r3[col];
    for (int j = from; j < to; j++) {
      dst[j] += c0 * r0[j] + c1 * r1[j] + c2 * r2[j] + c3 * r3[j];
    }
  }

  /** {@code dst[j] += c × src[j]} for j in [from, to). */
  static void add1(double[] dst, double c, double[] src, int from, int to) {
    for (int j = from; j < to; j++) {
      dst[j] += c * src[j];
    }
  }
}
