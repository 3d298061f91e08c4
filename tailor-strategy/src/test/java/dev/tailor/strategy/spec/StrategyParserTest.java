package dev.tailor.strategy.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.strategy.StrategyException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StrategyParserTest {
  static final String MINIMAL =
      """
      name: t
      slots:
        a:
          count: 2
          source: {algorithm: popular}
        b:
          count: 2
          source: {algorithm: trending}
        c:
          count: 2
          source: {curated: [P1, P2]}
      """;

  static Path example() {
    return dev.tailor.strategy.TestShop.fashionExample();
  }

  @Test
  void theShippedFashionExampleParsesToItsFiveSlotsAndRules() {
    StrategySpec s = StrategyParser.parse(example());

    assertThat(s.name()).isEqualTo("fashion-5-slot");
    assertThat(s.slots())
        .extracting(SlotSpec::id)
        .containsExactly(
            "similar", "trending_in_category", "picked_for_you", "completes_the_look", "discover");
    SlotSpec similar = s.slots().get(0);
    assertThat(similar.source().seed()).isEqualTo(Seed.LAST_PURCHASE);
    assertThat(similar.rules().minInventory()).contains(20);
    assertThat(similar.rules().excludePurchased()).isPresent();
    assertThat(similar.rules().price().get().aovTolerance()).contains(0.30);
    assertThat(similar.fallbacks())
        .extracting(FallbackSpec::name)
        .containsExactly("copurchase", "trending", "bestsellers", "curated");
    assertThat(s.slots().get(3).rules().maxPerBrand()).contains(1);
    assertThat(s.slots().get(4).source().scope()).isEqualTo(Scope.OUTSIDE_USUAL);
    assertThat(s.slots().get(4).exploration().rate()).isEqualTo(0.2);
    assertThat(s.algorithms()).contains("itemknn", "trending", "als", "copurchase", "popular");
  }

  @Test
  void anUnknownKeyIsRefusedWithFileLineAndKey() {
    String yaml = MINIMAL.replace("  a:\n    count: 2", "  a:\n    count: 2\n    colour: red");
    assertThatThrownBy(() -> StrategyParser.parse(yaml, "s.yaml"))
        .isInstanceOf(StrategyException.class)
        .hasMessageStartingWith("s.yaml:5: slots.a.colour: unknown key");
  }

  @Test
  void anUnknownAlgorithmIsRefusedNamingTheLine() {
    String yaml = MINIMAL.replace("algorithm: trending", "algorithm: magic");
    assertThatThrownBy(() -> StrategyParser.parse(yaml, "s.yaml"))
        .hasMessageStartingWith("s.yaml:8: slots.b.source.algorithm: unknown algorithm 'magic'");
  }

  @Test
  void anImpossibleRuleIsRefused() {
    String yaml = MINIMAL + "rules:\n  price:\n    min: 50\n    max: 10\n";
    assertThatThrownBy(() -> StrategyParser.parse(yaml, "s.yaml"))
        .hasMessageStartingWith("s.yaml:15: rules.price.max: impossible rule: min 50.0 > max 10.0");
  }

  @Test
  void slotCountsOutOfRangeAreRefused() {
    String two = MINIMAL.substring(0, MINIMAL.indexOf("  c:"));
    assertThatThrownBy(() -> StrategyParser.parse(two, "s.yaml"))
        .hasMessageContaining("s.yaml:2: slots: a strategy has 3 to 6 product slots, got 2");
    String many =
        MINIMAL.replace(
            "count: 2\n    source: {algorithm: popular}",
            "count: 21\n    source: {algorithm: popular}");
    assertThatThrownBy(() -> StrategyParser.parse(many, "s.yaml"))
        .hasMessageStartingWith("s.yaml:4: slots.a.count: must lie between 1 and 20, got 21");
  }

  @Test
  void aSeedNeedsAModelThatRelatesProducts() {
    String yaml =
        MINIMAL.replace("{algorithm: popular}", "{algorithm: popular, seed: last_purchase}");
    assertThatThrownBy(() -> StrategyParser.parse(yaml, "s.yaml"))
        .hasMessageContaining(
            "slots.a.source.seed: seed last_purchase needs an algorithm that relates products");
  }

  @Test
  void anUnknownLabelPlaceholderIsRefused() {
    String yaml = MINIMAL.replace("  a:\n", "  a:\n    label: \"Hi {{ shoe.size }}\"\n");
    assertThatThrownBy(() -> StrategyParser.parse(yaml, "s.yaml"))
        .hasMessageContaining("slots.a.label: unknown placeholder {{ shoe.size }}");
  }

  @Test
  void slotRulesOverrideGlobalOnesAndGlobalFallbacksComeLast() {
    String yaml =
        MINIMAL.replace(
                "    source: {algorithm: popular}",
                "    source: {algorithm: popular}\n    rules: {min_margin: 0.4}\n    fallbacks: [bestsellers]")
            + "rules: {min_margin: 0.1, min_inventory: 5}\nfallbacks: [trending]\ngoal: revenue\n";
    StrategySpec s = StrategyParser.parse(yaml, "s.yaml");
    assertThat(s.goal()).isEqualTo(Goal.REVENUE);
    assertThat(s.slots().get(0).rules().minMargin()).contains(0.4);
    assertThat(s.slots().get(0).rules().minInventory()).contains(5);
    assertThat(s.slots().get(1).rules().minMargin()).contains(0.1);
    assertThat(s.slots().get(0).fallbacks())
        .extracting(FallbackSpec::name)
        .containsExactly("bestsellers", "trending");
  }
}
