package dev.tailor.reco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlgorithmsTest {
  private static final AlgorithmParams PARAMS = new AlgorithmParams(8, 5, 0.1, 10, 2, 42);

  @Test
  void knowsTheNonFactorModelsByName() {
    assertThat(Algorithms.names())
        .contains("popular", "trending", "itemknn", "copurchase", "content", "hybrid");
  }

  @Test
  void makesATrainerPerNameWhoseModelsCarryThatName() {
    TinyShop shop =
        new TinyShop()
            .product("a", "Red dress", List.of("Women"), "Acme", "10")
            .product("b", "Blue dress", List.of("Women"), "Acme", "20")
            .buy("c1", "a", "o1")
            .buy("c1", "b", "o1")
            .view("c2", "a")
            .view("c2", "b");
    for (String name :
        List.of("popular", "trending", "itemknn", "copurchase", "content", "hybrid")) {
      Trainer t = Algorithms.trainer(name, PARAMS);
      Model m = t.train(shop.data());

      assertThat(t.algorithm()).isEqualTo(name);
      assertThat(m.algorithm()).isEqualTo(name);
    }
  }

  @Test
  void anUnknownNameIsBadInputListingTheKnownOnes() {
    assertThatThrownBy(() -> Algorithms.trainer("svd", PARAMS))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("unknown algorithm 'svd'")
        .hasMessageContaining("popular, trending, itemknn, copurchase, content, hybrid")
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
    assertThatThrownBy(() -> Algorithms.codec("svd")).hasMessageContaining("unknown algorithm");
  }

  @Test
  void namesAreTrimmedAndCaseInsensitive() {
    assertThat(Algorithms.trainer(" ItemKNN ", PARAMS).algorithm()).isEqualTo("itemknn");
    assertThat(Algorithms.isKnown("POPULAR")).isTrue();
    assertThat(Algorithms.isKnown(null)).isFalse();
  }

  @Test
  void anUnknownOptionIsRejectedWithTheKnownOnes() {
    AlgorithmOptions typo = AlgorithmOptions.of(Map.of("itemknn.neighbors", "20"));

    assertThatThrownBy(() -> Algorithms.trainer("itemknn", PARAMS, typo))
        .hasMessageContaining("unknown option itemknn.neighbors")
        .hasMessageContaining("neighbours, shrinkage, similarity");
  }

  @Test
  void optionsForAnUnknownAlgorithmAreRejected() {
    AlgorithmOptions options = AlgorithmOptions.of(Map.of("knn.neighbours", "20"));

    assertThatThrownBy(() -> Algorithms.trainer("itemknn", PARAMS, options))
        .hasMessageContaining("unknown algorithm(s) [knn]");
  }

  @Test
  void optionValuesOutOfRangeNameTheOption() {
    assertThatThrownBy(
            () ->
                Algorithms.trainer(
                    "itemknn", PARAMS, AlgorithmOptions.of(Map.of("itemknn.neighbours", "0"))))
        .hasMessageContaining("itemknn.neighbours must be an integer from 1 to 1000, not '0'");
    assertThatThrownBy(
            () ->
                Algorithms.trainer(
                    "copurchase",
                    PARAMS,
                    AlgorithmOptions.of(Map.of("copurchase.shrinkage", "NaN"))))
        .hasMessageContaining("copurchase.shrinkage must be a number");
    assertThatThrownBy(() -> AlgorithmOptions.of(Map.of("neighbours", "5")))
        .hasMessageContaining("<algorithm>.<option>");
  }
}
