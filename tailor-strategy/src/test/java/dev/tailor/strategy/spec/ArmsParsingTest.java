package dev.tailor.strategy.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.strategy.StrategyException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A slot that names several sources (arms) and how it chooses among them. */
class ArmsParsingTest {
  static final String ARMS =
      """
      name: t
      slots:
        a:
          count: 2
          source:
            arms: [als, {algorithm: itemknn, seed: last_purchase}, trending, bestsellers]
            method: thompson
        b:
          count: 2
          source: {algorithm: trending}
        c:
          count: 2
          source:
            arms: [popular, {curated: [P1, P2]}]
            rate: 0.25
      """;

  static Path example() {
    return dev.tailor.strategy.TestShop.fashionExample().resolveSibling("explore-arms.yaml");
  }

  @Test
  void onlyArmsAndThompsonSamplingReadClickFeedback() {
    assertThat(StrategyParser.parse(ARMS, "s.yaml").usesClickFeedback()).isTrue();
    String slots =
        """
        name: t
        slots:
          a: {count: 2, source: {algorithm: trending}%s}
          b: {count: 2, source: {algorithm: popular}}
          c: {count: 2, source: {algorithm: als}}
        """;
    assertThat(StrategyParser.parse(slots.formatted(""), "s.yaml").usesClickFeedback()).isFalse();
    assertThat(
            StrategyParser.parse(
                    slots.formatted(", exploration: {rate: 0.2, method: epsilon_greedy}"), "s.yaml")
                .usesClickFeedback())
        .isFalse();
    assertThat(
            StrategyParser.parse(
                    slots.formatted(", exploration: {rate: 0.2, method: thompson}"), "s.yaml")
                .usesClickFeedback())
        .isTrue();
    assertThat(
            StrategyParser.parse(
                    slots.formatted(", exploration: {rate: 0, method: thompson}"), "s.yaml")
                .usesClickFeedback())
        .isFalse();
    assertThat(StrategyParser.parse(example()).usesClickFeedback()).isTrue();
    assertThat(
            StrategyParser.parse(dev.tailor.strategy.TestShop.fashionExample()).usesClickFeedback())
        .isFalse();
  }

  @Test
  void armsAreParsedInOrderWithTheirMethodAndTheFirstArmIsTheSlotsSource() {
    StrategySpec s = StrategyParser.parse(ARMS, "s.yaml");

    SlotSpec a = s.slots().get(0);
    assertThat(a.arms().arms())
        .extracting(SourceSpec::describe)
        .containsExactly("als", "itemknn:last_purchase", "trending", "popular");
    assertThat(a.arms().method()).isEqualTo(ExplorationSpec.Method.THOMPSON);
    assertThat(a.source()).isEqualTo(a.arms().arms().get(0));
    SlotSpec c = s.slots().get(2);
    assertThat(c.arms().method()).isEqualTo(ExplorationSpec.Method.EPSILON_GREEDY);
    assertThat(c.arms().rate()).isEqualTo(0.25);
    assertThat(c.arms().arms().get(1).curated()).containsExactly("P1", "P2");
    assertThat(s.slots().get(1).arms()).isEqualTo(ArmsSpec.NONE);
    assertThat(s.algorithms()).contains("als", "itemknn", "trending", "popular");
  }

  @Test
  void epsilonGreedyIsTheDefaultWithRateOneTenth() {
    String yaml = ARMS.replace("      rate: 0.25\n", "");
    ArmsSpec arms = StrategyParser.parse(yaml, "s.yaml").slots().get(2).arms();
    assertThat(arms.method()).isEqualTo(ExplorationSpec.Method.EPSILON_GREEDY);
    assertThat(arms.rate()).isEqualTo(0.1);
  }

  @Test
  void theShippedArmsExampleParses() {
    StrategySpec s = StrategyParser.parse(example());
    assertThat(s.name()).isEqualTo("explore-arms");
    assertThat(s.slots().get(0).arms().arms()).hasSize(4);
    assertThat(s.slots().get(0).arms().arms().get(1).seed()).isEqualTo(Seed.LAST_PURCHASE);
    assertThat(s.slots().get(2).arms().rate()).isEqualTo(0.1);
    assertThat(s.slots().get(1).arms().isEmpty()).isTrue();
  }

  @Test
  void anUnknownAlgorithmInAnArmIsRefusedWithFileLineAndKey() {
    String listed = ARMS.replace("arms: [als,", "arms: [magic,");
    assertThatThrownBy(() -> StrategyParser.parse(listed, "s.yaml"))
        .isInstanceOf(StrategyException.class)
        .hasMessageStartingWith("s.yaml:6: slots.a.source.arms[0]: unknown algorithm 'magic'");
    String mapped = ARMS.replace("{algorithm: itemknn,", "{algorithm: knn,");
    assertThatThrownBy(() -> StrategyParser.parse(mapped, "s.yaml"))
        .hasMessageStartingWith(
            "s.yaml:6: slots.a.source.arms[1].algorithm: unknown algorithm 'knn'");
  }

  @Test
  void anEmptyOrSingleArmListIsRefused() {
    assertThatThrownBy(
            () ->
                StrategyParser.parse(
                    ARMS.replace("arms: [popular, {curated: [P1, P2]}]", "arms: []"), "s.yaml"))
        .hasMessageStartingWith("s.yaml:14: slots.c.source.arms: expected a list of 2 to 8 arms")
        .hasMessageEndingWith("got 0");
    assertThatThrownBy(
            () ->
                StrategyParser.parse(
                    ARMS.replace("arms: [popular, {curated: [P1, P2]}]", "arms: [popular]"),
                    "s.yaml"))
        .hasMessageEndingWith("got 1");
  }

  @Test
  void aRateOutOfRangeIsRefused() {
    assertThatThrownBy(
            () -> StrategyParser.parse(ARMS.replace("rate: 0.25", "rate: 1.5"), "s.yaml"))
        .hasMessageStartingWith(
            "s.yaml:15: slots.c.source.rate: must lie between 0 and 1, got 1.5");
    assertThatThrownBy(
            () -> StrategyParser.parse(ARMS.replace("rate: 0.25", "rate: -0.1"), "s.yaml"))
        .hasMessageStartingWith("s.yaml:15: slots.c.source.rate: must lie between 0 and 1");
  }

  @Test
  void aRateWithThompsonAndMethodOrRateWithoutArmsAreRefused() {
    String thompson = ARMS.replace("rate: 0.25", "rate: 0.25\n      method: thompson");
    assertThatThrownBy(() -> StrategyParser.parse(thompson, "s.yaml"))
        .hasMessageStartingWith("s.yaml:15: slots.c.source.rate: rate is for epsilon_greedy");
    String single =
        ARMS.replace("source: {algorithm: trending}", "source: {algorithm: trending, rate: 0.2}");
    assertThatThrownBy(() -> StrategyParser.parse(single, "s.yaml"))
        .hasMessageStartingWith(
            "s.yaml:10: slots.b.source.rate: only a source with arms chooses by method and rate");
  }

  @Test
  void armsTellTheirAlgorithmsApartAndExcludeATopLevelAlgorithm() {
    String twice =
        ARMS.replace(
            "trending, bestsellers]",
            "trending, popular, {algorithm: trending, seed: preferred_category}]");
    assertThatThrownBy(() -> StrategyParser.parse(twice, "s.yaml"))
        .hasMessageStartingWith("s.yaml:6: slots.a.source.arms[4]: a second arm of trending");
    String both =
        ARMS.replace("      method: thompson", "      method: thompson\n      algorithm: als");
    assertThatThrownBy(() -> StrategyParser.parse(both, "s.yaml"))
        .hasMessageStartingWith("s.yaml:8: slots.a.source.algorithm: a source with arms");
  }

  @Test
  void anArmSeedNeedsAModelThatRelatesProducts() {
    String yaml =
        ARMS.replace("{algorithm: itemknn, seed: last_purchase}", "{algorithm: als, seed: cart}");
    assertThatThrownBy(() -> StrategyParser.parse(yaml, "s.yaml"))
        .hasMessageContaining("slots.a.source.arms[1].seed: seed cart needs an algorithm");
  }

  @Test
  void theSpecRecordRefusesWhatTheParserRefuses() {
    SourceSpec p = SourceSpec.model("popular");
    assertThatThrownBy(() -> new ArmsSpec(java.util.List.of(p), ExplorationSpec.Method.THOMPSON, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ArmsSpec(
                    java.util.List.of(p, SourceSpec.model("trending")),
                    ExplorationSpec.Method.EPSILON_GREEDY,
                    1.01))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ArmsSpec.name(SourceSpec.curated(java.util.List.of("P1")))).isEqualTo("curated");
    assertThat(SourceSpec.model("als").algorithm()).isEqualTo(Optional.of("als"));
  }
}
