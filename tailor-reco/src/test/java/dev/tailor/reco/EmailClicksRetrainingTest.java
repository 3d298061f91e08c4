package dev.tailor.reco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.popular.PopularConfig;
import dev.tailor.reco.popular.PopularModel;
import dev.tailor.reco.popular.PopularTrainer;
import dev.tailor.testkit.Fixtures;
import dev.tailor.testkit.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The learning loop as {@code tailor train} runs it: clicks on emailed recommendations, stored by
 * the tracking endpoint as {@code email_clicked} events, are read from the store with the default
 * weights (email click 2) and move the clicked product up on the next training.
 */
class EmailClicksRetrainingTest {
  private static final PopularConfig BY_EVENTS =
      PopularConfig.from(AlgorithmOptions.NONE.with("popular.basis", "events"));

  private final InMemoryStore store = new InMemoryStore();

  private int rankOf(String product) {
    TrainingData data = TrainingData.fromStore(store, WeightScheme.DEFAULTS, Optional.empty());
    PopularModel m = new PopularTrainer(BY_EVENTS).train(data);
    float mine = m.popularity(m.items().indexOf(product));
    int rank = 1;
    for (int i = 0; i < m.items().size(); i++) {
      if (m.popularity(i) > mine) {
        rank++;
      }
    }
    return rank;
  }

  @Test
  void aProductClickedInEmailsRanksHigherAfterRetraining() {
    store.products().upsertAll(List.of(Fixtures.product("p1"), Fixtures.product("p2")));
    List<Event> history = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      history.add(Fixtures.view("v1-" + c, "c" + c, "p1", Fixtures.days(-3)));
    }
    history.add(Fixtures.view("v2", "c9", "p2", Fixtures.days(-3)));
    store.events().appendAll(history);
    assertThat(rankOf("p2")).isEqualTo(2);

    List<Event> clicks = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      clicks.add(
          Event.builder("click-" + c, EventType.EMAIL_CLICKED, Fixtures.days(-1))
              .customerId("c" + c)
              .productId("p2")
              .campaignId("weekly")
              .messageId("m" + c)
              .build());
    }
    store.events().appendAll(clicks);

    // p1: 5 views = 5; p2: 1 view + 3 email clicks of weight 2 = 7
    assertThat(rankOf("p2")).isEqualTo(1);
  }

  @Test
  void feedbackOnAWholeEmailNamesNoProductAndChangesNoWeight() {
    assertThat(WeightScheme.DEFAULTS.weight(EventType.EMAIL_FEEDBACK_POSITIVE)).isZero();
    assertThat(WeightScheme.DEFAULTS.weight(EventType.EMAIL_FEEDBACK_NEGATIVE)).isZero();
    assertThat(WeightScheme.DEFAULTS.weight(EventType.ORDER_COMPLETED)).isEqualTo(5.0);
  }
}
