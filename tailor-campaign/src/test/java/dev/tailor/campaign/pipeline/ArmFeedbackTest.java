package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
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
import dev.tailor.testkit.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A slot that chooses among algorithm arms learns from {@link SentClickFeedback}'s clicks per
 * algorithm, and the arm it chose is what later clicks are credited to.
 */
class ArmFeedbackTest {
  static final Instant SENT = Instant.parse("2026-10-01T09:00:00Z");
  static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  static final String STRATEGY =
      """
      name: arms
      slots:
        picks:
          count: 1
          source:
            arms: [popular, {curated: [C1, C2]}]
            method: thompson
        second:
          count: 1
          source: {curated: [X1]}
        third:
          count: 1
          source: {curated: [X2]}
      """;

  static final Map<String, Product> CATALOG = catalog();

  static Map<String, Product> catalog() {
    Map<String, Product> out = new HashMap<>();
    String[] ids = {"A", "B", "P1", "P2", "C1", "C2", "X1", "X2"};
    for (int i = 0; i < ids.length; i++) {
      out.put(
          ids[i],
          Product.builder(ids[i])
              .category(List.of("Cat" + i))
              .brand("Brand" + i)
              .price(BigDecimal.TEN)
              .build());
    }
    return out;
  }

  /**
   * 100 sent messages that each showed A (proposed by popular) and B (curated); humans clicked A in
   * 40 of them and B in none.
   */
  static InMemoryStore store() {
    InMemoryStore store = new InMemoryStore();
    store
        .campaigns()
        .save(
            new Campaign(
                "weekly",
                "Weekly",
                CampaignStatus.DONE,
                List.of(new Variant("a", 1, "s.yaml", "t", List.of())),
                0,
                "",
                "weekly.yaml",
                SENT,
                SENT));
    List<Message> messages = new ArrayList<>();
    List<Event> clicks = new ArrayList<>();
    for (int c = 0; c < 100; c++) {
      Decision d =
          decision("c" + c, List.of(item("A", 1, "popular", 1.0), item("B", 2, "curated", 1.0)));
      messages.add(message("m" + c, d));
      if (c < 40) {
        clicks.add(click("h" + c, "m" + c, "c" + c, "A"));
      }
    }
    store.messages().planAll(messages);
    store.events().appendAll(clicks);
    return store;
  }

  static Decision decision(String customer, List<DecisionItem> items) {
    return new Decision(
        customer,
        "arms",
        SENT,
        "clicks",
        List.of(new SlotDecision("picks", "product", "", items.size(), items, Optional.empty())));
  }

  static DecisionItem item(String product, int position, String algorithm, double propensity) {
    return new DecisionItem(
        product,
        position,
        1.0,
        algorithm,
        algorithm,
        List.of(),
        Optional.empty(),
        "",
        propensity,
        false);
  }

  static Message message(String id, Decision d) {
    return new Message(
        id,
        "weekly",
        d.customerId(),
        "a",
        false,
        MessageState.SENT,
        SENT,
        Optional.of(DecisionJson.write(d)),
        Optional.of("Hi"),
        Optional.of("t" + id),
        Optional.empty(),
        SENT,
        SENT,
        Optional.of(SENT));
  }

  static Event click(String id, String message, String customer, String product) {
    return Event.builder(id, EventType.EMAIL_CLICKED, SENT.plus(Duration.ofHours(1)))
        .customerId(customer)
        .campaignId("weekly")
        .messageId(message)
        .productId(product)
        .build();
  }

  /** A popular model that ranks P1 first: it was bought most. */
  static ModelSet models() {
    InteractionLog.Builder log = InteractionLog.builder();
    int n = 0;
    for (String p : List.of("P1", "P1", "P1", "P2")) {
      log.add(
          Event.builder("o" + n, EventType.ORDER_COMPLETED, SENT.minus(Duration.ofDays(n + 1)))
              .customerId("buyer" + n++)
              .productId(p)
              .build());
    }
    TrainingData data =
        TrainingData.of(log.build(), CATALOG, WeightScheme.DEFAULTS, Optional.empty());
    return ModelSet.of(
        Map.of("popular", Algorithms.trainer("popular", AlgorithmParams.DEFAULTS).train(data)),
        WeightScheme.DEFAULTS,
        data.reference());
  }

  static DecisionEngine engine(ClickFeedback feedback) {
    return new DecisionEngine(
        StrategyParser.parse(STRATEGY, "arms.yaml"),
        models(),
        CATALOG,
        new DecisionEngine.Settings(FixedClock.at(NOW), ShownItems.NONE, feedback, 1));
  }

  /** The picks slot's item for 200 customers. */
  static List<DecisionItem> picks(DecisionEngine engine) {
    List<DecisionItem> out = new ArrayList<>();
    for (int c = 0; c < 200; c++) {
      out.add(engine.decide("r" + c, Optional.empty(), List.of()).slots().get(0).items().get(0));
    }
    return out;
  }

  @Test
  void thompsonFillsTheSlotFromTheAlgorithmWhoseItemsWereClicked() {
    SentClickFeedback feedback = SentClickFeedback.load(store(), NOW);
    assertThat(feedback.algorithmShowsAndClicks("popular")).containsExactly(100, 40);
    assertThat(feedback.algorithmShowsAndClicks("curated")).containsExactly(100, 0);

    List<DecisionItem> learnt = picks(engine(feedback));
    List<DecisionItem> blind = picks(engine(ClickFeedback.NONE));

    long popular = learnt.stream().filter(i -> i.algorithm().equals("popular")).count();
    assertThat(popular).as("popular of 200 with feedback").isGreaterThan(190);
    assertThat(learnt)
        .filteredOn(i -> i.algorithm().equals("popular"))
        .allSatisfy(
            i -> {
              assertThat(i.productId()).isEqualTo("P1");
              assertThat(i.propensity()).isGreaterThan(0.99).isLessThan(1);
            });
    long blindPopular = blind.stream().filter(i -> i.algorithm().equals("popular")).count();
    assertThat(blindPopular).as("popular of 200 without feedback").isBetween(60L, 140L);
    assertThat(blind).allSatisfy(i -> assertThat(i.propensity()).isBetween(0.4, 0.6));
  }

  @Test
  void aClickOnAnItemTheArmProposedIsCreditedToThatArm() {
    InMemoryStore store = store();
    DecisionItem curated =
        picks(engine(ClickFeedback.NONE)).stream()
            .filter(i -> i.algorithm().equals("curated"))
            .findFirst()
            .orElseThrow();
    Decision d = decision("late", List.of(curated));
    // the decision as the pipeline stores it keeps the arm and its propensity
    DecisionItem stored = DecisionJson.read(DecisionJson.write(d)).slots().get(0).items().get(0);
    assertThat(stored.algorithm()).isEqualTo("curated");
    assertThat(stored.propensity()).isEqualTo(curated.propensity());
    store.messages().planAll(List.of(message("late", d)));
    store.events().appendAll(List.of(click("late-click", "late", "late", curated.productId())));

    SentClickFeedback after = SentClickFeedback.load(store, NOW);
    assertThat(after.algorithmShowsAndClicks("curated")).containsExactly(101, 1);
    assertThat(after.algorithmShowsAndClicks("popular")).containsExactly(100, 40);
  }
}
