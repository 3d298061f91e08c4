package dev.tailor.strategy.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.strategy.TestShop;
import dev.tailor.strategy.explore.ClickFeedback;
import dev.tailor.strategy.rules.ShownItems;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.testkit.FixedClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A slot that chooses its source (arm) per decision, end to end through the engine. */
class ArmsDecisionTest {
  static final TestShop SHOP = DecisionEngineTest.SHOP;

  /** trending's items clicked at 15 %, the other algorithms' at 2-3 %. */
  static final ClickFeedback TRENDING_CLICKS =
      byAlgorithm(
          Map.of(
              "als", new long[] {2_000, 50},
              "trending", new long[] {2_000, 300},
              "popular", new long[] {2_000, 40}));

  static ClickFeedback byAlgorithm(Map<String, long[]> counts) {
    return new ClickFeedback() {
      @Override
      public long[] showsAndClicks(String arm) {
        return new long[] {0, 0};
      }

      @Override
      public long[] algorithmShowsAndClicks(String algorithm) {
        return counts.getOrDefault(algorithm, new long[] {0, 0}).clone();
      }
    };
  }

  static String yaml(String choose, String exploration) {
    return """
        name: arms
        fallbacks: [bestsellers]
        slots:
          picks:
            count: 3
            source:
              arms: [als, trending, popular]
              %s
            %s
          viewed:
            count: 3
            source: {algorithm: itemknn, seed: last_viewed}
          top:
            count: 3
            source: {algorithm: popular, scope: outside_usual}
        """
        .formatted(choose, exploration);
  }

  static DecisionEngine engine(String yaml, ClickFeedback feedback) {
    return new DecisionEngine(
        StrategyParser.parse(yaml, "arms.yaml"),
        DecisionEngineTest.MODELS,
        SHOP.catalog,
        new DecisionEngine.Settings(FixedClock.at(TestShop.NOW), ShownItems.NONE, feedback, 3));
  }

  /** The "picks" slot of every customer of the shop. */
  static List<SlotDecision> picks(DecisionEngine engine) {
    return SHOP.events.keySet().stream()
        .map(c -> engine.decide(c, Optional.empty(), SHOP.events(c)).slots().get(0))
        .toList();
  }

  /**
   * The algorithm of the slot's first-choice items (the arm), or empty when fallbacks filled it.
   */
  static Optional<String> arm(SlotDecision s) {
    List<String> algorithms =
        s.items().stream()
            .filter(i -> i.fallback().isEmpty())
            .map(DecisionItem::algorithm)
            .distinct()
            .toList();
    assertThat(algorithms).as("one arm per slot").hasSizeLessThanOrEqualTo(1);
    return algorithms.stream().findFirst();
  }

  @Test
  void epsilonGreedyLogsTheArmsExactProbabilityOnEveryItemAndRecordsTheArmAsAlgorithm() {
    List<SlotDecision> slots =
        picks(engine(yaml("method: epsilon_greedy\n      rate: 0.3", ""), TRENDING_CLICKS));
    double exploit = 1 - 0.3 + 0.3 / 3;
    double other = 0.3 / 3;
    Map<String, Double> expected = Map.of("trending", exploit, "als", other, "popular", other);
    int favoured = 0;
    for (SlotDecision s : slots) {
      assertThat(s.items()).isNotEmpty();
      double p = s.items().get(0).propensity();
      assertThat(p).isIn(exploit, other);
      favoured += p == exploit ? 1 : 0;
      for (DecisionItem i : s.items()) {
        // fallback items were reached through the arm too: the same probability
        assertThat(i.propensity()).as(i.toString()).isEqualTo(p);
        assertThat(i.explored()).isEqualTo(p == other);
      }
      Optional<String> arm = arm(s);
      arm.ifPresent(
          a -> {
            assertThat(expected.get(a)).as("arm %s", a).isEqualTo(p);
            assertThat(s.items().get(0).source()).isEqualTo(a);
          });
    }
    // 400 customers: the favoured arm's share is 0.8 ± 0.02 (one standard deviation)
    assertThat(favoured / (double) slots.size()).isBetween(0.72, 0.88);
  }

  @Test
  void thompsonFillsTheSlotFromTheArmThatClicksBetterFarMoreOften() {
    Map<String, Integer> withFeedback = arms(engine(yaml("method: thompson", ""), TRENDING_CLICKS));
    Map<String, Integer> without = arms(engine(yaml("method: thompson", ""), ClickFeedback.NONE));
    int n = withFeedback.values().stream().mapToInt(Integer::intValue).sum();
    int m = without.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(n).isGreaterThan(300);
    assertThat(withFeedback.getOrDefault("trending", 0)).isGreaterThan(9 * n / 10);
    for (String a : List.of("als", "trending", "popular")) {
      assertThat(without.getOrDefault(a, 0) / (double) m).as(a).isBetween(0.2, 0.47);
    }
  }

  private static Map<String, Integer> arms(DecisionEngine engine) {
    Map<String, Integer> out = new HashMap<>();
    for (SlotDecision s : picks(engine)) {
      arm(s).ifPresent(a -> out.merge(a, 1, Integer::sum));
      assertThat(s.items()).allSatisfy(i -> assertThat(i.propensity()).isGreaterThan(0));
    }
    return out;
  }

  @Test
  void anItemsPropensityIsTheArmsTimesItsOwnWithinTheArm() {
    String yaml =
        yaml(
            "method: epsilon_greedy\n      rate: 0.3",
            "exploration: {rate: 0.5, method: epsilon_greedy, pool: 4}");
    Map<String, Double> armP =
        Map.of("trending", 1 - 0.3 + 0.3 / 3, "als", 0.3 / 3, "popular", 0.3 / 3);
    int explored = 0;
    for (SlotDecision s : picks(engine(yaml, TRENDING_CLICKS))) {
      Optional<String> arm = arm(s);
      for (DecisionItem i : s.items()) {
        if (arm.isEmpty() || i.fallback().isPresent()) {
          continue;
        }
        double within = i.propensity() / armP.get(arm.get());
        // ε-greedy within the arm: 1 − 0.5 + 0.5/m for the best item, 0.5/m for another of the
        // best m ≤ 4, 1 − 0.5 for a best item outside them (MMR can prefer one), 1 when one item
        // was left
        assertThat(within)
            .as(i.toString())
            .satisfiesAnyOf(
                w -> assertThat(w).isCloseTo(0.5 + 0.5 / 4, offset(1e-9)),
                w -> assertThat(w).isCloseTo(0.5 / 4, offset(1e-9)),
                w -> assertThat(w).isCloseTo(0.5 + 0.5 / 3, offset(1e-9)),
                w -> assertThat(w).isCloseTo(0.5 / 3, offset(1e-9)),
                w -> assertThat(w).isCloseTo(0.5 + 0.5 / 2, offset(1e-9)),
                w -> assertThat(w).isCloseTo(0.5 / 2, offset(1e-9)),
                w -> assertThat(w).isCloseTo(0.5, offset(1e-9)),
                w -> assertThat(w).isCloseTo(1.0, offset(1e-9)));
        explored += within < 0.5 ? 1 : 0;
      }
    }
    assertThat(explored).as("items explored within their arm").isGreaterThan(50);
  }

  @Test
  void aStrategyWithoutArmsDecidesTheSameWhateverTheAlgorithmsClickRates() {
    DecisionEngine plain = DecisionEngineTest.engine(DecisionEngineTest.THREE);
    DecisionEngine withClicks =
        new DecisionEngine(
            plain.spec(),
            DecisionEngineTest.MODELS,
            SHOP.catalog,
            new DecisionEngine.Settings(
                FixedClock.at(TestShop.NOW), ShownItems.NONE, TRENDING_CLICKS, 0));
    for (String c : SHOP.events.keySet().stream().limit(100).toList()) {
      Decision a = plain.decide(c, Optional.empty(), SHOP.events(c));
      Decision b = withClicks.decide(c, Optional.empty(), SHOP.events(c));
      assertThat(b).isEqualTo(a);
    }
    assertThat(plain.spec().slots()).allSatisfy(s -> assertThat(s.arms().isEmpty()).isTrue());
  }
}
