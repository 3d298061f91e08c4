package dev.tailor.reco.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.als.TinyMatrices;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.linalg.DenseCholesky;
import dev.tailor.reco.model.UserProfile;
import org.junit.jupiter.api.Test;

class EaseTrainerTest {
  /**
   * Customers {0,1}, {1,2}, {0,1,2}; with λ = 1, G = XᵀX + I = [[3,2,1],[2,4,2],[1,2,3]], whose
   * inverse is P = [[1/2,−1/4,0],[−1/4,1/2,−1/4],[0,−1/4,1/2]] (determinant 16, cofactors by hand),
   * so B_ij = −P_ij / P_jj = [[0,1/2,0],[1/2,0,1/2],[0,1/2,0]].
   */
  @Test
  void theWeightsOfAThreeProductExampleAreTheOnesComputedByHand() {
    Interactions m = TinyMatrices.of(new float[][] {{1, 1, 0}, {0, 1, 1}, {1, 1, 1}});
    EaseModel model = new EaseTrainer(1, 1).fit(m);

    float[][] expected = {{0, 0.5f, 0}, {0.5f, 0, 0.5f}, {0, 0.5f, 0}};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(model.weight(i, j))
            .as("B[%d][%d]", i, j)
            .isCloseTo(expected[i][j], within(1e-6f));
      }
    }
    float[] scores = new float[3];
    assertThat(model.score(new UserProfile("new", new int[] {0}, new float[] {2}), scores))
        .isTrue();
    assertThat(scores).containsExactly(new float[] {0, 1, 0}, within(1e-6f));
  }

  @Test
  void theWeightsMatchADirectDenseInverseOnARandomCatalog() {
    Interactions m = TinyMatrices.random(400, 300, 0.03, 9);
    double lambda = 5;
    EaseModel model = new EaseTrainer(lambda, 2).fit(m);

    int n = m.itemCount();
    double[] g = new double[n * n];
    for (int u = 0; u < m.userCount(); u++) {
      for (int a = m.rowStart(u); a < m.rowEnd(u); a++) {
        for (int b = m.rowStart(u); b < m.rowEnd(u); b++) {
          g[m.col(a) * n + m.col(b)] += (double) m.value(a) * m.value(b);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      g[i * n + i] += lambda;
    }
    assertThat(DenseCholesky.factor(g, n)).isTrue();
    for (int j = 0; j < n; j += 17) {
      double[] column = new double[n];
      column[j] = 1;
      DenseCholesky.solve(g, n, column);
      for (int i = 0; i < n; i++) {
        double expected = i == j ? 0 : -column[i] / column[j];
        assertThat((double) model.weight(i, j)).isCloseTo(expected, within(1e-5));
      }
    }
  }

  @Test
  void aCatalogThatWouldNotFitTheHeapIsRefusedWithTheMemoryItNeeds() {
    Interactions m = TinyMatrices.of(new float[][] {{1, 1, 0}, {0, 1, 1}});
    EaseTrainer tight = new EaseTrainer(1, 1).withLimits(20_000, 100);
    assertThatThrownBy(() -> tight.fit(m))
        .isInstanceOfSatisfying(
            TailorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
        .hasMessageContaining("ease over 3 products needs about 0.0 MB of heap")
        .hasMessageContaining("only 0.0 MB of heap is free")
        .hasMessageContaining("--algorithm als or itemknn");
  }

  @Test
  void aCatalogAboveTheItemLimitIsRefused() {
    Interactions m = TinyMatrices.of(new float[][] {{1, 1, 0}, {0, 1, 1}});
    assertThatThrownBy(() -> new EaseTrainer(1, 1).withLimits(2, -1).fit(m))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("above the limit of 2 products")
        .hasMessageContaining("-Xmx");
    assertThat(EaseTrainer.bytesNeeded(20_000)).isGreaterThan(3_200_000_000L);
  }

  @Test
  void anEmptyMatrixOrAMissingRegularizationIsRefused() {
    Interactions empty = TinyMatrices.of(new float[][] {{0, 0}});
    assertThatThrownBy(() -> new EaseTrainer(1, 1).fit(empty))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("at least one interaction");
    assertThatThrownBy(() -> new EaseTrainer(0, 1))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("--regularization > 0");
  }

  @Test
  void profilesWithBadWeightsOrNoHistoryAreHandled() {
    EaseModel model = new EaseTrainer(1, 1).fit(TinyMatrices.of(new float[][] {{1, 1}}));
    assertThat(model.score(UserProfile.cold("c"), new float[2])).isFalse();
    UserProfile nan = new UserProfile("c", new int[] {0}, new float[] {Float.NaN});
    assertThatThrownBy(() -> model.score(nan, new float[2]))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("NaN");
  }
}
