package dev.tailor.reco.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.TrainingData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {
  private static final IdIndex MODEL_ITEMS = IdIndex.of(List.of("b", "a"));

  private static final InteractionLog LOG =
      new TinyShop()
          .view("c1", "a", 30 * 24)
          .buy("c1", "a", "o1", 2)
          .event("c1", "b", EventType.PRODUCT_ADDED, 1, null)
          .view("c1", "unknown", 0)
          .view("c2", "b", 0)
          .log();

  private static List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (int r = 0; r < LOG.size(); r++) {
      events.add(
          Event.builder("e" + r, LOG.type(r), Instant.ofEpochMilli(LOG.time(r)))
              .customerId(LOG.customers().idOf(LOG.customer(r)))
              .productId(LOG.products().idOf(LOG.product(r)))
              .orderId(LOG.order(r) < 0 ? null : LOG.orders().idOf(LOG.order(r)))
              .build());
    }
    return events;
  }

  private static Map<String, Float> weights(CustomerHistory h) {
    Map<String, Float> out = new HashMap<>();
    for (int k = 0; k < h.profile().items().length; k++) {
      out.put(MODEL_ITEMS.idOf(h.profile().items()[k]), h.profile().weights()[k]);
    }
    return out;
  }

  @Test
  void weighsACustomersEventsExactlyAsTrainingDoes() {
    TrainingData data = TrainingData.of(LOG, Map.of(), WeightScheme.DEFAULTS, Optional.empty());
    Interactions m = data.interactions();
    int c1 = m.users().indexOf("c1");
    Map<String, Float> trained = new HashMap<>();
    for (int k = m.rowStart(c1); k < m.rowEnd(c1); k++) {
      trained.put(m.items().idOf(m.col(k)), m.value(k));
    }
    trained.remove("unknown");

    CustomerHistory h =
        new ProfileBuilder(MODEL_ITEMS, WeightScheme.DEFAULTS)
            .fromEvents("c1", events(), data.reference());

    assertThat(h.customerId()).isEqualTo("c1");
    assertThat(weights(h)).isEqualTo(trained).containsOnlyKeys("a", "b");
    assertThat(h.purchased()).containsExactly(MODEL_ITEMS.indexOf("a"));
  }

  @Test
  void aCustomerWithoutEventsGetsAnEmptyProfile() {
    CustomerHistory h =
        new ProfileBuilder(MODEL_ITEMS, WeightScheme.DEFAULTS)
            .fromEvents("nobody", events(), TinyShop.T);

    assertThat(h.profile().isEmpty()).isTrue();
    assertThat(h.purchased()).isEmpty();
  }

  @Test
  void listsTheLogsCustomersThenTheOthersWithoutHistory() {
    Histories h =
        new ProfileBuilder(MODEL_ITEMS, WeightScheme.DEFAULTS)
            .fromLog(LOG, TinyShop.T, List.of("c2", "c9", "c9"));

    assertThat(h.size()).isEqualTo(3);
    assertThat(h.customerId(2)).isEqualTo("c9");
    assertThat(h.profile(2).isEmpty()).isTrue();
    assertThat(h.indexOf("c9")).isEqualTo(2);
    assertThat(h.history(1).profile().items()).containsExactly(MODEL_ITEMS.indexOf("b"));
  }
}
