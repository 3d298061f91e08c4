package dev.tailor.campaign.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.testkit.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentDecisionsTest {
  static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
  static final Instant T1 = T0.plus(Duration.ofDays(2));
  static final Instant T2 = T0.plus(Duration.ofDays(4));

  static Decision shows(String customer, String... products) {
    List<DecisionItem> items = new ArrayList<>();
    for (int p = 0; p < products.length; p++) {
      // the second item comes from another algorithm, so the compact record writes it out
      items.add(
          new DecisionItem(
              products[p],
              p + 1,
              1.0 / (p + 1),
              p == 1 ? "als" : "popular",
              "popular",
              p == 2 ? List.of("boost:new") : List.of(),
              Optional.empty(),
              "",
              1.0,
              false));
    }
    return new Decision(
        customer,
        "s",
        T0,
        "clicks",
        List.of(
            new SlotDecision("top", "product", "Top", 1, items.subList(0, 1), Optional.empty()),
            new SlotDecision(
                "more",
                "product",
                "More",
                3,
                items.subList(1, items.size()),
                Optional.of("short"))));
  }

  static Message message(
      String id, String customer, MessageState state, Instant sentAt, Decision d) {
    // one campaign per message: a campaign sends a customer one message
    return new Message(
        id,
        "weekly-" + id,
        customer,
        "a",
        false,
        state,
        T0,
        Optional.ofNullable(d).map(DecisionJson::write),
        Optional.of("Hi"),
        Optional.empty(),
        Optional.empty(),
        T0,
        T0,
        Optional.ofNullable(sentAt));
  }

  static InMemoryStore store() {
    InMemoryStore store = new InMemoryStore();
    store
        .messages()
        .planAll(
            List.of(
                message("m0", "c1", MessageState.SENT, T0, shows("c1", "OLD", "X")),
                message("m1", "c1", MessageState.SENT, T1, shows("c1", "A", "B", "C")),
                message("m2", "c1", MessageState.SENT, T2, shows("c1", "B", "D")),
                message("m3", "c1", MessageState.PLANNED, null, shows("c1", "NOT_SENT")),
                message("m4", "c1", MessageState.SENT, T2, null),
                message("m5", "c2", MessageState.SENT, T2, shows("c2", "OTHER"))));
    return store;
  }

  @Test
  void eachProductShownSinceTheTimeGetsItsNewestSendAndNothingElseCounts() {
    SentDecisions sent = new SentDecisions(store().messages());
    Map<String, Instant> shown = sent.shownSince("c1", T1);
    assertThat(shown).isEqualTo(Map.of("A", T1, "B", T2, "C", T1, "D", T2));
    assertThat(sent.shownSince("c1", T0)).containsEntry("OLD", T0).containsEntry("X", T0);
    assertThat(sent.shownSince("c3", T0)).isEmpty();
  }

  @Test
  void aPreloadedChunkGivesTheSameAnswersAsTheStore() {
    InMemoryStore store = store();
    SentDecisions sent = new SentDecisions(store.messages());
    Map<String, Instant> direct = sent.shownSince("c1", T1);
    SentDecisions.Scope scope = sent.preload(List.of("c1", "c2"), T0);
    try {
      assertThat(sent.shownSince("c1", T1)).isEqualTo(direct);
      assertThat(sent.shownSince("c2", T0)).isEqualTo(Map.of("OTHER", T2));
    } finally {
      scope.close();
    }
  }
}
