package dev.tailor.reco.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightLearnerTest {
  private static final AlgorithmParams PARAMS = new AlgorithmParams(8, 5, 0.1, 10, 1, 42);

  /**
   * Twelve groups of five products, two "pioneers" and four customers per group. Long ago the
   * pioneers viewed all five products of their group, every customer the group's first three, and
   * 40 fans group 0's last two (so those are the bestsellers); in the newest events each customer
   * views the other two products of their own group. Item-to-item similarity knows what comes next;
   * bestsellers do not.
   */
  private static TrainingData shop() {
    TinyShop s = new TinyShop();
    for (int g = 0; g < 12; g++) {
      for (int c = 0; c < 2; c++) {
        for (int p = 0; p < 5; p++) {
          s.view("pioneer" + g + "-" + c, "p" + g + "-" + p, 500 + p);
        }
      }
      for (int c = 0; c < 4; c++) {
        String customer = "c" + g + "-" + c;
        for (int p = 0; p < 3; p++) {
          s.view(customer, "p" + g + "-" + p, 200 + p);
        }
        s.view(customer, "p" + g + "-3", 2);
        s.view(customer, "p" + g + "-4", 1);
      }
    }
    for (int v = 0; v < 40; v++) {
      s.view("fan" + v, "p0-3", 400).view("fan" + v, "p0-4", 400);
    }
    return s.data();
  }

  private static HybridConfig favouringBestsellers() {
    return HybridConfig.from(
        AlgorithmOptions.NONE
            .with("hybrid.weights", "popular:1,itemknn:0.05")
            .with("hybrid.learn-weights", "true"));
  }

  @Test
  void learningGivesTheClearlyBetterComponentTheLargerWeight() {
    List<String> notes = new ArrayList<>();
    WeightLearner.Learned learned =
        WeightLearner.learn(
                shop(),
                favouringBestsellers(),
                name -> Algorithms.trainer(name, PARAMS, AlgorithmOptions.NONE),
                notes)
            .orElseThrow();

    assertThat(notes).isEmpty();
    assertThat(learned.weights().get("itemknn")).as(learned.toString()).isEqualTo(1.0);
    assertThat(learned.weights().get("popular")).isLessThan(0.1);
    assertThat(learned.ndcg()).isGreaterThan(learned.startNdcg());
    assertThat(learned.customers()).isEqualTo(48);
  }

  @Test
  void theTrainedHybridStoresTheLearnedWeightsAndSaysHowTheyScored() {
    HybridModel m =
        (HybridModel)
            Algorithms.trainer(
                    "hybrid",
                    PARAMS,
                    AlgorithmOptions.NONE
                        .with("hybrid.weights", "popular:1,itemknn:0.05")
                        .with("hybrid.learn-weights", "true"))
                .train(shop());

    Map<String, Float> weights = new java.util.HashMap<>();
    m.components().forEach(c -> weights.put(c.model().algorithm(), c.weight()));
    assertThat(weights.get("itemknn")).isEqualTo(1f);
    assertThat(weights.get("popular"))
        .as("a cold-customer component keeps a small weight for newcomers")
        .isGreaterThanOrEqualTo((float) HybridTrainer.COLD_FLOOR)
        .isLessThan(0.1f);
    assertThat(m.notes()).anySatisfy(n -> assertThat(n).contains("weights learned", "nDCG@10"));
  }

  @Test
  void withoutTheOptionTheConfiguredWeightsAreKept() {
    HybridModel m =
        (HybridModel)
            Algorithms.trainer(
                    "hybrid",
                    PARAMS,
                    AlgorithmOptions.NONE.with("hybrid.weights", "popular:1,itemknn:0.05"))
                .train(shop());

    assertThat(m.components()).extracting(HybridModel.Component::weight).containsExactly(1f, 0.05f);
    assertThat(m.notes()).noneMatch(n -> n.contains("learned"));
  }

  @Test
  void dataWithoutEventsKeepsTheConfiguredWeightsAndSaysWhy() {
    TrainingData data = shop();
    TrainingData matrixOnly = new TrainingData(data.interactions(), Map.of(), data.reference());
    List<String> notes = new ArrayList<>();

    assertThat(
            WeightLearner.learn(
                matrixOnly,
                favouringBestsellers(),
                name -> Algorithms.trainer(name, PARAMS, AlgorithmOptions.NONE),
                notes))
        .isEmpty();
    assertThat(notes).singleElement().asString().contains("no individual events");
  }
}
