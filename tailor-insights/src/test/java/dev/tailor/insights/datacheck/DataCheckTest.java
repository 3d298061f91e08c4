package dev.tailor.insights.datacheck;

import static dev.tailor.testkit.Fixtures.customer;
import static dev.tailor.testkit.Fixtures.customerBuilder;
import static dev.tailor.testkit.Fixtures.days;
import static dev.tailor.testkit.Fixtures.link;
import static dev.tailor.testkit.Fixtures.product;
import static dev.tailor.testkit.Fixtures.productBuilder;
import static dev.tailor.testkit.Fixtures.purchase;
import static dev.tailor.testkit.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.testkit.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataCheckTest {
  private final InMemoryStore store = new InMemoryStore();
  private final DataCheck check = new DataCheck(DataCheckThresholds.DEFAULTS);

  @Test
  void anEmptyStoreWarnsThatThereIsNothingToWorkWith() {
    DataCheckReport r = check.run(store);

    assertThat(r.events()).isZero();
    assertThat(r.firstEvent()).isEmpty();
    assertThat(r.warnings())
        .extracting(DataWarning::code)
        .containsExactly("no-events", "no-customers", "no-products");
  }

  @Test
  void countsHistoryEventsCustomersAndCatalogHealth() {
    store
        .customers()
        .upsertAll(
            List.of(
                customer("c1"),
                customer("c2"),
                customerBuilder("c3")
                    .consent(Consent.of(ConsentStatus.UNSUBSCRIBED, days(-1)))
                    .build()));
    store
        .products()
        .upsertAll(
            List.of(
                product("p1"),
                productBuilder("p2").inventory(0).build(),
                productBuilder("p3").imageUrl(null).price(null).build()));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      events.add(view("v" + i, "c1", "p1", days(-100 + i)));
    }
    events.add(purchase("o1", "c1", "p2", days(-1)));
    events.add(
        Event.builder("a1", EventType.PRODUCT_VIEWED, days(-50))
            .anonymousId("anon-1")
            .productId("p3")
            .build());
    store.events().appendAll(events);
    store.identities().linkAll(List.of(link("anon-1", "c2", days(-49))));

    DataCheckReport r = check.run(store);

    assertThat(r.daysOfHistory()).isEqualTo(99);
    assertThat(r.events()).isEqualTo(7);
    assertThat(r.eventsByType())
        .containsEntry("product_viewed", 6L)
        .containsEntry("order_completed", 1L)
        .containsEntry("identify", 0L);
    assertThat(r.customers()).isEqualTo(3);
    assertThat(r.subscribed()).isEqualTo(2);
    assertThat(r.identities()).isEqualTo(1);
    assertThat(r.interactions().customersWithInteractions()).isEqualTo(2);
    assertThat(r.interactions().customersWithEnough()).isEqualTo(1);
    assertThat(r.customersWithoutHistory()).isEqualTo(1);
    assertThat(r.interactions().purchasers()).isEqualTo(1);
    assertThat(r.catalog().outOfStock()).isEqualTo(1);
    assertThat(r.catalog().missingPrice()).isEqualTo(1);
    assertThat(r.warnings())
        .extracting(DataWarning::code)
        .contains("few-interactions", "few-purchasers", "much-out-of-stock", "missing-image")
        .doesNotContain("short-history", "no-events", "many-without-history");
  }

  @Test
  void warnsAboutShortHistoryWithTheDatesItSaw() {
    store.customers().upsertAll(List.of(customer("c1")));
    store.products().upsertAll(List.of(product("p1")));
    store
        .events()
        .appendAll(List.of(view("v1", "c1", "p1", days(-10)), view("v2", "c1", "p1", days(0))));

    DataCheckReport r = check.run(store);

    assertThat(r.warnings())
        .filteredOn(w -> w.code().equals("short-history"))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("Only 10 days of history"));
  }

  @Test
  void thresholdsAreConfigurable() {
    store.customers().upsertAll(List.of(customer("c1")));
    store.products().upsertAll(List.of(product("p1")));
    store
        .events()
        .appendAll(List.of(purchase("o1", "c1", "p1", days(-200)), view("v", "c1", "p1", days(0))));

    DataCheckReport r = new DataCheck(new DataCheckThresholds(30, 2, 1, 1, 0.5, 0.2)).run(store);

    assertThat(r.warnings()).isEmpty();
    assertThat(r.healthy()).isTrue();
  }
}
