package dev.tailor.reco.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.linalg.DenseCholesky;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConjugateGradientTest {
  private static final int F = 4;
  private static final AlsObjective OBJECTIVE = new AlsObjective(0.1, 2, true);

  /** Two customers over five products; customer 1 is the sub-problem solved. */
  private final Interactions rows =
      TinyMatrices.of(new float[][] {{1, 0, 0, 0, 0}, {0, 2, 0, 1, 3}});

  private final float[] items = randomFactors(5, 7);

  @Test
  void enoughStepsReachTheExactSolutionOfTheRowsLeastSquaresProblem() {
    float[] target = randomFactors(2, 11);
    new ConjugateGradient(F, 3 * F, OBJECTIVE).solve(rows, 1, target, items, gram(items));

    double[] exact = directSolve(1);
    for (int j = 0; j < F; j++) {
      assertThat(target[F + j]).isCloseTo((float) exact[j], within(1e-4f));
    }
  }

  @Test
  void eachStepLowersTheRowsObjective() {
    double previous = Double.MAX_VALUE;
    for (int steps = 1; steps <= F; steps++) {
      float[] target = randomFactors(2, 11);
      new ConjugateGradient(F, steps, OBJECTIVE).solve(rows, 1, target, items, gram(items));
      double value = rowObjective(target, 1);
      assertThat(value).isLessThanOrEqualTo(previous + 1e-9);
      previous = value;
    }
  }

  @Test
  void aRowWithoutInteractionsGetsZeroFactors() {
    Interactions empty = TinyMatrices.of(new float[][] {{0, 0, 0, 0, 0}, {1, 0, 0, 0, 0}});
    float[] target = randomFactors(2, 3);
    new ConjugateGradient(F, 3, OBJECTIVE).solve(empty, 0, target, items, gram(items));
    assertThat(java.util.Arrays.copyOf(target, F)).containsOnly(0f);
  }

  @Test
  void aRowTooLongToGatherReachesTheSameExactSolution() {
    int n = ConjugateGradient.gatherLimit(F) + 5;
    float[][] dense = new float[1][n];
    for (int i = 0; i < n; i++) {
      dense[0][i] = i % 3 == 0 ? 0 : 1 + i % 4;
    }
    Interactions longRow = TinyMatrices.of(dense);
    float[] y = randomFactors(n, 5);
    float[] target = new float[F];
    new ConjugateGradient(F, 3 * F, OBJECTIVE).solve(longRow, 0, target, y, gram(y));

    double[] exact = directSolve(longRow, y, 0);
    for (int j = 0; j < F; j++) {
      assertThat(target[j])
          .isCloseTo((float) exact[j], within(1e-3f * (1 + Math.abs((float) exact[j]))));
    }
  }

  private double[] directSolve(int row) {
    return directSolve(rows, items, row);
  }

  /** (YᵀY + Σ α w y yᵀ + λ I) x = Σ (1 + α w) y, solved by Cholesky in double. */
  private static double[] directSolve(Interactions rows, float[] items, int row) {
    double[] a = new double[F * F];
    double[] b = new double[F];
    for (int i = 0; i < items.length / F; i++) {
      for (int p = 0; p < F; p++) {
        for (int q = 0; q < F; q++) {
          a[p * F + q] += (double) items[i * F + p] * items[i * F + q];
        }
      }
    }
    for (int e = rows.rowStart(row); e < rows.rowEnd(row); e++) {
      int i = rows.col(e);
      double c1 = OBJECTIVE.alpha() * rows.value(e);
      for (int p = 0; p < F; p++) {
        b[p] += (1 + c1) * items[i * F + p];
        for (int q = 0; q < F; q++) {
          a[p * F + q] += c1 * items[i * F + p] * items[i * F + q];
        }
      }
    }
    for (int p = 0; p < F; p++) {
      a[p * F + p] += OBJECTIVE.lambda(rows.rowLength(row));
    }
    assertThat(DenseCholesky.factor(a, F)).isTrue();
    DenseCholesky.solve(a, F, b);
    return b;
  }

  /** The part of the loss that depends on the row's factors. */
  private double rowObjective(float[] target, int row) {
    double[] w = new double[5];
    for (int e = rows.rowStart(row); e < rows.rowEnd(row); e++) {
      w[rows.col(e)] = rows.value(e);
    }
    double value = 0;
    double norm = 0;
    for (int j = 0; j < F; j++) {
      norm += (double) target[row * F + j] * target[row * F + j];
    }
    for (int i = 0; i < 5; i++) {
      double s = 0;
      for (int j = 0; j < F; j++) {
        s += (double) target[row * F + j] * items[i * F + j];
      }
      double p = w[i] > 0 ? 1 : 0;
      value += (1 + OBJECTIVE.alpha() * w[i]) * (p - s) * (p - s);
    }
    return value + OBJECTIVE.lambda(rows.rowLength(row)) * norm;
  }

  static float[][] gram(float[] y) {
    int n = y.length / F;
    float[][] g = new float[F][F];
    for (int p = 0; p < F; p++) {
      for (int q = 0; q < F; q++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += (double) y[i * F + p] * y[i * F + q];
        }
        g[p][q] = (float) s;
      }
    }
    return g;
  }

  private static float[] randomFactors(int rows, long seed) {
    Random random = new Random(seed);
    float[] v = new float[rows * F];
    for (int k = 0; k < v.length; k++) {
      v[k] = (float) random.nextGaussian() * 0.5f;
    }
    return v;
  }
}
