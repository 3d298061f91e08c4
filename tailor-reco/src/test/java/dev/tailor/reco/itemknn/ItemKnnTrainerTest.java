package dev.tailor.reco.itemknn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.neighbours.Neighbours;
import dev.tailor.reco.recommend.Recommendation;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemKnnTrainerTest {
  /** c1: p1 p2; c2: p1 p2 p3; c3: p2 p3 (all weight 1). */
  private static TrainingData threeCustomers() {
    return new TinyShop()
        .view("c1", "p1")
        .view("c1", "p2")
        .view("c2", "p1")
        .view("c2", "p2")
        .view("c2", "p3")
        .view("c3", "p2")
        .view("c3", "p3")
        .data();
  }

  private static ItemKnnModel train(
      TrainingData data, ItemKnnConfig.Similarity similarity, int k, double shrink, int threads) {
    return new ItemKnnTrainer(new ItemKnnConfig(similarity, k, shrink, threads)).train(data);
  }

  @Test
  void cosineWithShrinkageMatchesTheHandComputedValues() {
    ItemKnnModel m = train(threeCustomers(), ItemKnnConfig.Similarity.COSINE, 10, 1, 1);
    // |p1| = √2, |p2| = √3, |p3| = √2; p1·p2 = 2 (2 customers), p1·p3 = 1 (1), p2·p3 = 2 (2)
    float p1p2 = (float) (2 / Math.sqrt(6) * 2 / 3);
    float p1p3 = 0.5f * 1 / 2;

    assertThat(m.similarTo("p1", 5))
        .extracting(Recommendation::productId)
        .containsExactly("p2", "p3");
    assertThat(m.similarTo("p1", 5).get(0).score()).isCloseTo(p1p2, within(1e-6f));
    assertThat(m.similarTo("p1", 5).get(1).score()).isCloseTo(p1p3, within(1e-6f));
    assertThat(m.similarTo("p3", 1)).extracting(Recommendation::score).containsExactly(p1p2);
  }

  @Test
  void jaccardWithShrinkageMatchesTheHandComputedValues() {
    ItemKnnModel m = train(threeCustomers(), ItemKnnConfig.Similarity.JACCARD, 10, 1, 1);
    // |U1| = 2, |U2| = 3, |U3| = 2; J = shared / (|Ui| + |Uj| − shared + 1)

    assertThat(m.similarTo("p1", 5)).extracting(Recommendation::score).containsExactly(0.5f, 0.25f);
    assertThat(m.similarTo("p2", 5)).extracting(Recommendation::score).containsExactly(0.5f, 0.5f);
    assertThat(m.similarTo("p2", 5))
        .extracting(Recommendation::productId)
        .as("ties go to the lower item index")
        .containsExactly("p1", "p3");
  }

  @Test
  void scoresACustomerAsTheWeightedSumOverTheirHistorysNeighbours() {
    ItemKnnModel m = train(threeCustomers(), ItemKnnConfig.Similarity.COSINE, 10, 1, 1);
    float p1p2 = (float) (2 / Math.sqrt(6) * 2 / 3);
    int p1 = m.items().indexOf("p1");
    int p2 = m.items().indexOf("p2");
    int p3 = m.items().indexOf("p3");
    float[] scores = new float[3];

    assertThat(m.score(new UserProfile("c", new int[] {p1, p3}, new float[] {2, 1}), scores))
        .isTrue();

    // weights 2 and 1 count as 1 and 0.5 (divided by the largest)
    assertThat(scores[p2]).isCloseTo(p1p2 + 0.5f * p1p2, within(1e-6f));
    assertThat(scores[p1]).isCloseTo(0.5f * 0.25f, within(1e-6f));
    assertThat(scores[p3]).isCloseTo(0.25f, within(1e-6f));
  }

  @Test
  void keepsOnlyTheTopKNeighbours() {
    ItemKnnModel m = train(threeCustomers(), ItemKnnConfig.Similarity.COSINE, 1, 1, 1);

    assertThat(m.similarTo("p1", 5)).extracting(Recommendation::productId).containsExactly("p2");
  }

  @Test
  void cannotSayAnythingAboutACustomerWithoutHistory() {
    ItemKnnModel m = train(threeCustomers(), ItemKnnConfig.Similarity.COSINE, 10, 1, 1);

    assertThat(m.score(UserProfile.cold("new"), new float[3])).isFalse();
  }

  @Test
  void anUnknownProductIsNotFoundWithAMessage() {
    ItemKnnModel m = train(threeCustomers(), ItemKnnConfig.Similarity.COSINE, 10, 1, 1);

    assertThatThrownBy(() -> m.similarTo("p9", 3))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("'p9'")
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aLoneCustomerWithOneProductGivesAModelThatKnowsNoNeighbour() {
    ItemKnnModel m =
        train(new TinyShop().view("c", "p").data(), ItemKnnConfig.Similarity.COSINE, 10, 1, 1);

    assertThat(m.similarTo("p", 3)).isEmpty();
    assertThat(m.score(new UserProfile("c", new int[] {0}, new float[] {1}), new float[1]))
        .isFalse();
  }

  @Test
  void refusesEmptyData() {
    assertThatThrownBy(
            () -> train(new TinyShop().data(), ItemKnnConfig.Similarity.COSINE, 10, 1, 1))
        .hasMessageContaining("itemknn has nothing to learn from");
  }

  @Test
  void agreesWithADenseComputationAndGivesTheSameListsOnAnyNumberOfThreads() {
    TinyShop s = new TinyShop();
    Random random = new Random(11);
    for (int c = 0; c < 300; c++) {
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        s.view("c" + c, "p" + random.nextInt(80), random.nextInt(100));
      }
    }
    TrainingData data = s.data();
    ItemKnnModel one = train(data, ItemKnnConfig.Similarity.COSINE, 20, 2, 1);
    ItemKnnModel four = train(data, ItemKnnConfig.Similarity.COSINE, 20, 2, 4);
    double[][] dense = denseCosine(data.interactions(), 2);

    Neighbours a = one.neighbours();
    for (int i = 0; i < a.items(); i++) {
      assertThat(four.neighbours().count(i)).isEqualTo(a.count(i));
      for (int r = 0; r < a.count(i); r++) {
        assertThat(four.neighbours().neighbour(i, r)).isEqualTo(a.neighbour(i, r));
        assertThat(four.neighbours().similarity(i, r)).isEqualTo(a.similarity(i, r));
        assertThat((double) a.similarity(i, r))
            .isCloseTo(dense[i][a.neighbour(i, r)], within(1e-6));
        if (r > 0) {
          assertThat(a.similarity(i, r)).isLessThanOrEqualTo(a.similarity(i, r - 1));
        }
      }
    }
  }

  private static double[][] denseCosine(Interactions m, double shrink) {
    int n = m.itemCount();
    double[][] x = new double[n][m.userCount()];
    for (int u = 0; u < m.userCount(); u++) {
      for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
        x[m.col(k)][u] = m.value(k);
      }
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double dot = 0;
        double ni = 0;
        double nj = 0;
        int shared = 0;
        for (int u = 0; u < m.userCount(); u++) {
          dot += x[i][u] * x[j][u];
          ni += x[i][u] * x[i][u];
          nj += x[j][u] * x[j][u];
          shared += x[i][u] * x[j][u] > 0 ? 1 : 0;
        }
        sim[i][j] = dot / (Math.sqrt(ni) * Math.sqrt(nj)) * shared / (shared + shrink);
      }
    }
    return sim;
  }
}
