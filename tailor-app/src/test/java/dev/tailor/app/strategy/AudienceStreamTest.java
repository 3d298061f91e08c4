package dev.tailor.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.testkit.Fixtures;
import dev.tailor.testkit.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudienceStreamTest {
  @Test
  void everyCustomerComesOnceInIdOrderWithOnlyTheirRelevantEventsInBatches() {
    InMemoryStore store = new InMemoryStore();
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < 700; c++) {
      ids.add(String.format("c%04d", c));
    }
    store.customers().upsertAll(ids.stream().map(Fixtures::customer).toList());
    List<Event> events = new ArrayList<>();
    for (int c = 0; c < 700; c += 3) {
      events.add(Fixtures.view("v" + c, ids.get(c), "p1", Fixtures.minutes(c % 7)));
      events.add(Fixtures.purchase("b" + c, ids.get(c), "p2", Fixtures.minutes(1)));
      events.add(
          Event.builder("m" + c, EventType.EMAIL_OPENED, Fixtures.minutes(2))
              .customerId(ids.get(c))
              .build());
    }
    events.add(Fixtures.view("x1", "not-a-customer", "p1", Fixtures.minutes(1)));
    events.add(Fixtures.view("x2", "zz-not-a-customer", "p1", Fixtures.minutes(1)));
    store.events().appendAll(events);

    List<AudienceStream.Batch> batches = new ArrayList<>();
    AudienceStream.of(store).run(store, 256, batches::add);

    assertThat(batches).extracting(AudienceStream.Batch::size).containsExactly(256, 256, 188);
    assertThat(batches).extracting(AudienceStream.Batch::seq).containsExactly(0, 1, 2);
    List<String> seen = new ArrayList<>();
    for (AudienceStream.Batch b : batches) {
      for (int k = 0; k < b.size(); k++) {
        String id = b.ids()[k];
        seen.add(id);
        int c = Integer.parseInt(id.substring(1));
        List<String> got = b.events().get(k).stream().map(Event::eventId).toList();
        if (c % 3 == 0) {
          // oldest first; the email event is not read
          assertThat(got).as(id).containsExactlyInAnyOrder("v" + c, "b" + c);
          assertThat(b.events().get(k).get(0).timestamp())
              .isBeforeOrEqualTo(b.events().get(k).get(1).timestamp());
        } else {
          assertThat(got).as(id).isEmpty();
        }
      }
    }
    assertThat(seen).containsExactlyElementsOf(ids);
  }
}
