package dev.tailor.app.offpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.offpolicy.LoggedShow;
import dev.tailor.insights.offpolicy.OffPolicyEstimate;
import dev.tailor.insights.offpolicy.OffPolicyEstimator;
import dev.tailor.insights.offpolicy.OffPolicySettings;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.explore.ClickFeedback;
import dev.tailor.strategy.rules.ShownItems;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.testkit.FixedClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sends logged by a strategy that chooses between two arms (sources) value a strategy that always
 * uses one of them: inverse propensity scoring with the propensities the decisions logged finds
 * that strategy's true click rate, not the logged one.
 */
class ArmsOffPolicyTest {
  static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  /** The simulated readers' click probability per shown product. */
  static final Map<String, Double> CLICK = Map.of("P1", 0.10, "C1", 0.30, "X1", 0.0, "X2", 0.0);

  static String strategy(String name, String picks) {
    return """
        name: %s
        slots:
          picks:
            count: 1
            source: %s
          second:
            count: 1
            source: {curated: [X1]}
          third:
            count: 1
            source: {curated: [X2]}
        """
        .formatted(name, picks);
  }

  static DecisionEngine engine(String yaml, Map<String, Product> catalog, ModelSet models) {
    return new DecisionEngine(
        StrategyParser.parse(yaml, "s.yaml"),
        models,
        catalog,
        new DecisionEngine.Settings(FixedClock.at(NOW), ShownItems.NONE, ClickFeedback.NONE, 1));
  }

  @Test
  void ipsWithTheLoggedArmPropensitiesFindsTheOtherArmsClickRate() {
    Map<String, Product> catalog = new HashMap<>();
    String[] ids = {"P1", "C1", "X1", "X2"};
    for (int i = 0; i < ids.length; i++) {
      catalog.put(
          ids[i],
          Product.builder(ids[i])
              .category(List.of("Cat" + i))
              .brand("Brand" + i)
              .price(BigDecimal.TEN)
              .build());
    }
    InteractionLog.Builder log = InteractionLog.builder();
    log.add(
        Event.builder("o1", EventType.ORDER_COMPLETED, NOW.minus(Duration.ofDays(1)))
            .customerId("buyer")
            .productId("P1")
            .build());
    TrainingData data =
        TrainingData.of(log.build(), catalog, WeightScheme.DEFAULTS, Optional.empty());
    ModelSet models =
        ModelSet.of(
            Map.of("popular", Algorithms.trainer("popular", AlgorithmParams.DEFAULTS).train(data)),
            WeightScheme.DEFAULTS,
            data.reference());
    // logging: popular (favoured while there is no evidence) 1 − 0.5 + 0.25, curated 0.25
    DecisionEngine logging =
        engine(
            strategy(
                "logging", "{arms: [popular, {curated: [C1]}], method: epsilon_greedy, rate: 0.5}"),
            catalog,
            models);
    DecisionEngine curatedOnly = engine(strategy("curated", "{curated: [C1]}"), catalog, models);

    SplittableRandom readers = new SplittableRandom(17);
    List<LoggedShow> shows = new ArrayList<>();
    for (int c = 0; c < 6_000; c++) {
      String customer = "r" + c;
      DecisionItem shown =
          logging.decide(customer, Optional.empty(), List.of()).slots().get(0).items().get(0);
      DecisionItem wanted =
          curatedOnly.decide(customer, Optional.empty(), List.of()).slots().get(0).items().get(0);
      assertThat(shown.propensity()).isIn(0.75, 0.25);
      boolean clicked = readers.nextDouble() < CLICK.get(shown.productId());
      double pi = wanted.productId().equals(shown.productId()) ? 1 : 0;
      shows.add(
          new LoggedShow("m" + c, "picks", shown.productId(), shown.propensity(), pi, clicked));
    }
    OffPolicyEstimate e = new OffPolicyEstimator(OffPolicySettings.defaults()).estimate(shows, 0);

    // the curated-only strategy shows C1 every time: its click rate is 0.30; the logged sends
    // clicked at about 0.75 × 0.10 + 0.25 × 0.30 = 0.15
    assertThat(e.ipsInterval().contains(0.30)).as("IPS %s", e.ipsInterval()).isTrue();
    assertThat(e.snipsInterval().contains(0.30)).as("SNIPS %s", e.snipsInterval()).isTrue();
    assertThat(e.ipsInterval().contains(0.15)).isFalse();
    assertThat(e.loggedInterval().contains(0.15)).isTrue();
  }
}
