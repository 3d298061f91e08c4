package dev.tailor.reco.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlsTrainerTest {
  /** Two taste groups: customers 0-3 like products 0-2, customers 4-7 like products 3-5. */
  static final float[][] GROUPS = {
    {3, 1, 0, 0, 0, 0},
    {1, 0, 2, 0, 0, 0},
    {0, 2, 1, 0, 0, 0},
    {1, 1, 1, 0, 0, 0},
    {0, 0, 0, 2, 1, 0},
    {0, 0, 0, 1, 0, 3},
    {0, 0, 0, 0, 1, 1},
    {0, 0, 1, 1, 1, 1},
  };

  private static AlgorithmParams params(int factors, int iterations, int threads) {
    return new AlgorithmParams(factors, iterations, 0.05, 2, threads, 42);
  }

  @Test
  void theLossNeverRisesFromOneIterationToTheNext() {
    Interactions m = TinyMatrices.of(GROUPS);
    AlsTrainer trainer = new AlsTrainer(params(3, 12, 1));
    List<Double> losses = new ArrayList<>();
    trainer.fit(m, (it, x, y) -> losses.add(TinyMatrices.loss(m, x, y, 3, trainer.objective())));

    assertThat(losses).hasSize(12);
    for (int k = 1; k < losses.size(); k++) {
      assertThat(losses.get(k)).isLessThanOrEqualTo(losses.get(k - 1) * (1 + 1e-6));
    }
    assertThat(losses.get(11)).isLessThan(losses.get(0));
  }

  @Test
  void aCustomersOwnProductsAndTheirGroupsProductsRankFirst() {
    Interactions m = TinyMatrices.of(GROUPS);
    AlsModel model = new AlsTrainer(params(4, 15, 1)).fit(m);
    float[] scores = new float[6];

    assertThat(model.score(profile(m, 0), scores)).isTrue();
    assertThat(TopN.select(scores, 3, null)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(model.score(profile(m, 5), scores)).isTrue();
    assertThat(TopN.select(scores, 3, null)).containsExactlyInAnyOrder(3, 4, 5);
  }

  @Test
  void oneAndTwoThreadsGiveTheSameFactorsForTheSameSeed() {
    Interactions m = TinyMatrices.random(700, 90, 0.05, 3);
    AlsModel one = new AlsTrainer(params(8, 4, 1)).fit(m);
    AlsModel two = new AlsTrainer(params(8, 4, 2)).fit(m);

    assertThat(two.userFactors()).isEqualTo(one.userFactors());
    assertThat(two.itemFactors()).isEqualTo(one.itemFactors());
  }

  @Test
  void anotherSeedGivesOtherFactors() {
    Interactions m = TinyMatrices.of(GROUPS);
    AlsModel a = new AlsTrainer(params(3, 2, 1)).fit(m);
    AlsModel b = new AlsTrainer(new AlgorithmParams(3, 2, 0.05, 2, 1, 7)).fit(m);
    assertThat(b.itemFactors()).isNotEqualTo(a.itemFactors());
  }

  @Test
  void anEmptyMatrixIsRefusedWithAMessage() {
    Interactions empty = TinyMatrices.of(new float[][] {{0, 0}, {0, 0}});
    assertThatThrownBy(() -> new AlsTrainer(params(4, 2, 1)).fit(empty))
        .isInstanceOfSatisfying(
            TailorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
        .hasMessageContaining("at least one interaction")
        .hasMessageContaining("2 customers, 2 products");
  }

  @Test
  void oneCustomerOrOneProductStillTrainsToFiniteScores() {
    Interactions customer = TinyMatrices.of(new float[][] {{1, 0, 2}});
    Interactions product = TinyMatrices.of(new float[][] {{1}, {2}, {0}});
    AlsModel oneCustomer = new AlsTrainer(params(4, 3, 1)).fit(customer);
    AlsModel oneProduct = new AlsTrainer(params(4, 3, 2)).fit(product);
    float[] scores = new float[3];

    assertThat(oneCustomer.score(profile(customer, 0), scores)).isTrue();
    for (float s : scores) {
      assertThat(Float.isFinite(s)).isTrue();
    }
    assertThat(scores[0]).isGreaterThan(scores[1]);
    float[] one = new float[1];
    assertThat(oneProduct.score(profile(product, 1), one)).isTrue();
    assertThat(one[0]).isPositive();
  }

  @Test
  void badTrainingParametersAreRefused() {
    assertThatThrownBy(() -> new AlsTrainer(params(4, 2, 1), 0, true))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("conjugate-gradient steps");
    assertThatThrownBy(() -> new AlsObjective(Double.NaN, 1, true))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("--regularization");
  }

  @Test
  void theNominalFlopCountGrowsWithTheWork() {
    Interactions m = TinyMatrices.random(50, 20, 0.1, 1);
    double few = new AlsTrainer(params(8, 2, 1)).nominalFlops(m);
    double more = new AlsTrainer(params(8, 4, 1)).nominalFlops(m);
    assertThat(more).isEqualTo(2 * few);
  }

  /** Customer {@code u}'s training history as a profile. */
  static UserProfile profile(Interactions m, int u) {
    int n = m.rowLength(u);
    int[] items = new int[n];
    float[] weights = new float[n];
    for (int k = 0; k < n; k++) {
      items[k] = m.col(m.rowStart(u) + k);
      weights[k] = m.value(m.rowStart(u) + k);
    }
    return new UserProfile(m.users().idOf(u), items, weights);
  }
}
