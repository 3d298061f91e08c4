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
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.reco.data.WeightScheme;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentClickFeedbackTest {
  static final Instant SENT = Instant.parse("2026-10-01T09:00:00Z");
  static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  /** 100 sent messages that each showed A and B; humans clicked A in 30 of them. */
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
      String id = "m" + c;
      Decision d =
          new Decision(
              "c" + c,
              "s",
              SENT,
              "clicks",
              List.of(
                  new SlotDecision(
                      "discover",
                      "product",
                      "",
                      2,
                      List.of(item("A", 1), item("B", 2)),
                      Optional.empty())));
      messages.add(
          new Message(
              id,
              "weekly",
              "c" + c,
              "a",
              false,
              MessageState.SENT,
              SENT,
              Optional.of(DecisionJson.write(d)),
              Optional.of("Hi"),
              Optional.of("t" + c),
              Optional.empty(),
              SENT,
              SENT,
              Optional.of(SENT)));
      if (c < 30) {
        clicks.add(click("h" + c, id, "c" + c, "A", SENT.plus(Duration.ofHours(1))));
        clicks.add(click("again" + c, id, "c" + c, "A", SENT.plus(Duration.ofHours(2))));
      }
    }
    store.messages().planAll(messages);
    // a link scanner: within seconds of the send; a privacy proxy seen by the tracking endpoint
    clicks.add(click("scan", "m50", "c50", "B", SENT.plusSeconds(2)));
    Event proxied = click("proxy", "m51", "c51", "B", SENT.plus(Duration.ofHours(3)));
    store.events().appendAll(clicks);
    store
        .trackingHits()
        .appendAll(
            List.of(proxied),
            List.of(
                new TrackingHit(
                    "proxy", Optional.of("Mozilla"), Optional.empty(), Optional.of("apple_mpp"))));
    return store;
  }

  static DecisionItem item(String product, int position) {
    return new DecisionItem(
        product, position, 1.0, "popular", "popular", List.of(), Optional.empty(), "", 1.0, false);
  }

  static Event click(String id, String message, String customer, String product, Instant at) {
    return Event.builder(id, EventType.EMAIL_CLICKED, at)
        .customerId(customer)
        .campaignId("weekly")
        .messageId(message)
        .productId(product)
        .build();
  }

  @Test
  void showsComeFromSentDecisionsAndClicksFromHumanClicksOncePerMessage() {
    SentClickFeedback feedback = SentClickFeedback.load(store(), NOW);

    assertThat(feedback.messages()).isEqualTo(100);
    assertThat(feedback.showsAndClicks("A")).containsExactly(100, 30);
    assertThat(feedback.showsAndClicks("B")).as("machine clicks left out").containsExactly(100, 0);
    assertThat(feedback.showsAndClicks("Z")).containsExactly(0, 0);
    assertThat(feedback.algorithmShowsAndClicks("popular")).containsExactly(200, 30);
  }

  @Test
  void sendsOlderThanTheWindowAreNotCounted() {
    SentClickFeedback feedback =
        SentClickFeedback.load(store(), SENT.plus(SentClickFeedback.WINDOW).plusSeconds(1));

    assertThat(feedback.messages()).isZero();
    assertThat(feedback.showsAndClicks("A")).containsExactly(0, 0);
  }

  @Test
  void clicksBeforeTheWindowAreNotReadAndOnesInItAre() {
    InMemoryStore store = store();
    // a click from long before the window on a message of an older send (not in the store)
    store
        .events()
        .appendAll(List.of(click("old", "gone", "c0", "A", SENT.minus(Duration.ofDays(200)))));

    assertThat(SentClickFeedback.humanClicks(store)).containsKey("gone");
    Map<String, Map<String, Instant>> recent =
        SentClickFeedback.humanClicks(store, NOW.minus(SentClickFeedback.WINDOW));
    assertThat(recent).doesNotContainKey("gone").containsKeys("m0", "m29");
    assertThat(recent.get("m0")).containsEntry("A", SENT.plus(Duration.ofHours(2)));
    assertThat(recent).as("the proxy's click is still left out").doesNotContainKey("m51");
    assertThat(SentClickFeedback.load(store, NOW).showsAndClicks("A")).containsExactly(100, 30);
  }

  @Test
  void aStoreWithoutSendsInTheWindowGivesNoFeedbackWhateverItsClicks() {
    InMemoryStore store = new InMemoryStore();
    store.events().appendAll(List.of(click("c", "m0", "c0", "A", NOW.minusSeconds(60))));

    SentClickFeedback feedback = SentClickFeedback.load(store, NOW);

    assertThat(feedback.messages()).isZero();
    assertThat(feedback.showsAndClicks("A")).containsExactly(0, 0);
    assertThat(feedback.algorithmShowsAndClicks("popular")).containsExactly(0, 0);
  }

  @Test
  void thompsonExplorationPicksTheClickedItemFarMoreOftenAndLogsItsPropensity() {
    SentClickFeedback feedback = SentClickFeedback.load(store(), NOW);
    int withFeedback = timesAChosen(feedback);
    int without = timesAChosen(ClickFeedback.NONE);

    assertThat(withFeedback).as("A of 200 decisions with feedback").isGreaterThan(180);
    assertThat(without).as("A of 200 decisions without feedback").isBetween(60, 140);
  }

  /** How often the exploring slot shows A over 200 customers (each its own seeded draw). */
  private static int timesAChosen(ClickFeedback feedback) {
    String yaml =
        """
        name: explore
        slots:
          discover:
            count: 1
            source: {curated: [A, B]}
            exploration: {rate: 1.0, method: thompson, pool: 2}
          second:
            count: 1
            source: {curated: [C]}
          third:
            count: 1
            source: {curated: [D]}
        """;
    Map<String, Product> catalog = new java.util.HashMap<>();
    String[] ids = {"A", "B", "C", "D"};
    for (int i = 0; i < ids.length; i++) {
      catalog.put(
          ids[i],
          Product.builder(ids[i])
              .category(List.of("Cat" + i))
              .brand("Brand" + i)
              .price(BigDecimal.TEN)
              .build());
    }
    DecisionEngine engine =
        new DecisionEngine(
            StrategyParser.parse(yaml, "explore.yaml"),
            ModelSet.of(Map.of(), WeightScheme.DEFAULTS, NOW),
            catalog,
            new DecisionEngine.Settings(FixedClock.at(NOW), ShownItems.NONE, feedback, 1));
    int a = 0;
    for (int c = 0; c < 200; c++) {
      DecisionItem shown =
          engine.decide("c" + c, Optional.empty(), List.of()).slots().get(0).items().get(0);
      assertThat(shown.explored() || shown.propensity() < 1).isTrue();
      assertThat(shown.propensity()).isGreaterThan(0).isLessThanOrEqualTo(1);
      if (shown.productId().equals("A")) {
        a++;
        if (feedback != ClickFeedback.NONE) {
          assertThat(shown.propensity()).as("propensity of A").isGreaterThan(0.9);
        }
      }
    }
    return a;
  }
}
