package dev.tailor.reco.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.Recommendation;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridTrainerTest {
  private static final AlgorithmParams PARAMS = new AlgorithmParams(8, 5, 0.1, 10, 1, 42);

  /** Dresses bought and viewed together; "new" is a dress in the catalog nobody has seen. */
  private static TrainingData shop() {
    List<String> dresses = List.of("Women", "Dresses");
    return new TinyShop()
        .product("d1", "Red summer dress", dresses, "Acme", "30")
        .product("d2", "Blue summer dress", dresses, "Acme", "35")
        .product("s1", "Running shoe", List.of("Men", "Shoes"), "Zeta", "80")
        .product("new", "Green summer dress", dresses, "Acme", "32")
        .view("c1", "d1")
        .view("c1", "d2")
        .view("c2", "d1")
        .view("c2", "d2")
        .view("c3", "s1")
        .view("c4", "s1")
        .view("c5", "s1")
        .data();
  }

  private static HybridModel train(AlgorithmOptions options) {
    return (HybridModel) Algorithms.trainer("hybrid", PARAMS, options).train(shop());
  }

  private static List<String> top(Model m, UserProfile p, int n) {
    float[] s = new float[m.items().size()];
    assertThat(m.score(p, s)).isTrue();
    return java.util.Arrays.stream(TopN.select(s, n, null)).mapToObj(m.items()::idOf).toList();
  }

  @Test
  void leavesOutAComponentThatCannotLearnFromTheDataAndSaysWhy() {
    HybridModel m = train(AlgorithmOptions.NONE);

    assertThat(m.components())
        .extracting(c -> c.model().algorithm())
        .containsExactly("itemknn", "content", "popular", "trending");
    assertThat(m.notes()).singleElement().asString().contains("copurchase left out");
  }

  @Test
  void givesACustomerWithoutHistoryTheBestsellers() {
    HybridModel m = train(AlgorithmOptions.NONE);

    assertThat(top(m, UserProfile.cold("stranger"), 1)).containsExactly("s1");
  }

  @Test
  void recommendsANewProductToACustomerWhoseTasteItMatches() {
    HybridModel m = train(AlgorithmOptions.NONE);
    UserProfile dressLover =
        new UserProfile("c9", new int[] {m.items().indexOf("d1")}, new float[] {1});

    assertThat(top(m, dressLover, 3)).contains("new").doesNotContain("s1");
    assertThat(m.isWarm(m.items().indexOf("new"))).isFalse();
  }

  @Test
  void relatesANewProductThroughContent() {
    HybridModel m = train(AlgorithmOptions.NONE);

    assertThat(m.related("new", 2))
        .extracting(Recommendation::productId)
        .containsExactlyInAnyOrder("d1", "d2");
    assertThat(m.related("d1", 1)).extracting(Recommendation::productId).containsExactly("d2");
  }

  @Test
  void readsWeightsAndRoutesFromOptions() {
    HybridModel m =
        train(
            AlgorithmOptions.NONE
                .with("hybrid.weights", "itemknn:2,popular:1")
                .with("hybrid.normalization", "rank"));

    assertThat(m.components()).extracting(HybridModel.Component::weight).containsExactly(2f, 1f);
    assertThat(m.normalization()).isEqualTo(HybridConfig.Normalization.RANK);
  }

  @Test
  void rejectsBadWeightsWithAMessage() {
    assertThatThrownBy(() -> train(AlgorithmOptions.NONE.with("hybrid.weights", "itemknn")))
        .hasMessageContaining("name:weight");
    assertThatThrownBy(() -> train(AlgorithmOptions.NONE.with("hybrid.weights", "itemknn:-1")))
        .hasMessageContaining("finite number ≥ 0");
    assertThatThrownBy(() -> train(AlgorithmOptions.NONE.with("hybrid.weights", "hybrid:1")))
        .hasMessageContaining("cannot blend another hybrid");
    assertThatThrownBy(() -> train(AlgorithmOptions.NONE.with("hybrid.weights", "magic:1")))
        .hasMessageContaining("unknown algorithm 'magic'");
    assertThatThrownBy(
            () -> train(AlgorithmOptions.NONE.with("hybrid.weights", "itemknn:1,itemknn:2")))
        .hasMessageContaining("twice");
  }

  @Test
  void stillServesTheOnlyProductOfAOneCustomerShopThroughTheColdRoute() {
    HybridModel m =
        (HybridModel)
            Algorithms.trainer("hybrid", PARAMS, AlgorithmOptions.NONE)
                .train(new TinyShop().view("c", "p").data());

    assertThat(m.components())
        .extracting(c -> c.model().algorithm())
        .containsExactly("itemknn", "popular", "trending");
    assertThat(m.notes()).hasSize(2);
    assertThat(top(m, new UserProfile("c", new int[] {0}, new float[] {1}), 1))
        .containsExactly("p");
  }
}
