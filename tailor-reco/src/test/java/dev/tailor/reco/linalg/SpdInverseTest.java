package dev.tailor.reco.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpdInverseTest {
  @Test
  void theBlockedInverseTimesTheMatrixIsTheIdentity() {
    for (int n : new int[] {1, 5, 64, 65, 300, 530}) {
      double[][] a = randomSpd(n, n);
      double[][] inv = copy(a);
      try (Workers workers = new Workers(2)) {
        assertThat(SpdInverse.invertLower(inv, workers)).isTrue();
        SpdInverse.mirrorLower(inv, workers);
      }
      for (int i = 0; i < n; i += Math.max(1, n / 37)) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int k = 0; k < n; k++) {
            s += a[i][k] * inv[k][j];
          }
          assertThat(s).as("n=%d (%d,%d)", n, i, j).isCloseTo(i == j ? 1 : 0, within(1e-9));
        }
      }
    }
  }

  @Test
  void oneAndTwoThreadsGiveTheSameBits() {
    double[][] a = randomSpd(333, 9);
    double[][] one = copy(a);
    double[][] two = copy(a);
    try (Workers w1 = new Workers(1);
        Workers w2 = new Workers(2)) {
      SpdInverse.invertLower(one, w1);
      SpdInverse.invertLower(two, w2);
    }
    for (int i = 0; i < a.length; i++) {
      assertThat(java.util.Arrays.copyOf(two[i], i + 1))
          .containsExactly(java.util.Arrays.copyOf(one[i], i + 1));
    }
  }

  @Test
  void aMatrixThatIsNotPositiveDefiniteIsReported() {
    double[][] a = {{1, 2}, {2, 1}};
    try (Workers workers = new Workers(1)) {
      assertThat(SpdInverse.invertLower(a, workers)).isFalse();
    }
  }

  @Test
  void theGramMatrixIsExactAndIndependentOfTheThreadCount() {
    Random random = new Random(4);
    int rows = 3000;
    int dim = 7;
    float[] v = new float[rows * dim];
    for (int k = 0; k < v.length; k++) {
      v[k] = (float) random.nextGaussian();
    }
    double[] one;
    double[] two;
    try (Workers w1 = new Workers(1);
        Workers w2 = new Workers(2)) {
      one = Gram.of(v, rows, dim, w1);
      two = Gram.of(v, rows, dim, w2);
    }
    assertThat(two).containsExactly(one);
    for (int p = 0; p < dim; p++) {
      for (int q = 0; q < dim; q++) {
        double s = 0;
        for (int r = 0; r < rows; r++) {
          s += (double) v[r * dim + p] * v[r * dim + q];
        }
        assertThat(one[p * dim + q]).isCloseTo(s, within(1e-3 * (1 + Math.abs(s))));
      }
    }
  }

  /** BᵀB / n + I for a random B: symmetric positive definite and well conditioned. */
  static double[][] randomSpd(int n, long seed) {
    Random random = new Random(seed);
    double[][] b = new double[n][n];
    for (double[] row : b) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextGaussian();
      }
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += b[k][i] * b[k][j];
        }
        a[i][j] = s / n + (i == j ? 1 : 0);
        a[j][i] = a[i][j];
      }
    }
    return a;
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
