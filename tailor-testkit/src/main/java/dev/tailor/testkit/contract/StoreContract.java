package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.anonymousEvent;
import static dev.tailor.testkit.Fixtures.link;
import static dev.tailor.testkit.Fixtures.minutes;
import static dev.tailor.testkit.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.testkit.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Behaviour that spans repositories: anonymous events are attributed on read to the customer their
 * anonymous id is linked to, whenever the link was made; and what every store says about itself.
 */
public abstract class StoreContract extends StoreContractSupport {

  private List<Event> scanAll() {
    List<Event> out = new ArrayList<>();
    store.events().scan(Instant.MIN, Instant.MAX, out::add);
    return out;
  }

  private static Event knownView(String eventId, String customerId, String productId, int m) {
    return view(eventId, customerId, productId, minutes(m));
  }

  private static Event anonymousView(String eventId, String anonymousId, String productId, int m) {
    return anonymousEvent(eventId, EventType.PRODUCT_VIEWED, anonymousId, productId, minutes(m));
  }

  @Test
  public void describeIsShortAndNonBlank() {
    assertThat(store.describe()).isNotBlank().doesNotContainIgnoringCase("password");
  }

  @Test
  public void closingTwiceIsHarmless() {
    Event e = view("e1", "c1", "p1", minutes(1));
    store.events().appendAll(List.of(e));
    store.close();
    store.close();
  }

  @Test
  public void unlinkedAnonymousEventsStayAnonymous() {
    Event anonymous = anonymousView("e1", "a1", "p1", 1);
    store.events().appendAll(List.of(anonymous));
    assertThat(scanAll()).containsExactly(anonymous);
    assertThat(scanAll().get(0).customerId()).isEmpty();
  }

  @Test
  public void linkedAnonymousEventsAreAttributedOnReadEvenWhenLinkedAfterAppending() {
    Event anonymous = anonymousView("e1", "a1", "p1", 1);
    store.events().appendAll(List.of(anonymous));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(5))));
    assertThat(scanAll()).containsExactly(anonymous.withCustomerId("c1"));
    assertThat(scanAll().get(0).anonymousId()).contains("a1");
  }

  @Test
  public void scanTypesReturnsEveryEventOfThoseTypesWhateverItsTimeWithLinksApplied() {
    Event anonymousBuy = anonymousEvent("e1", EventType.ORDER_COMPLETED, "a1", "p1", minutes(1));
    Event ancientBuy = Fixtures.purchase("e2", "c2", "p2", Instant.parse("1969-12-31T00:00:00Z"));
    Event view = view("e3", "c1", "p3", minutes(2));
    Event cart =
        Event.builder("e4", EventType.PRODUCT_ADDED, minutes(3))
            .customerId("c1")
            .productId("p4")
            .build();
    store.events().appendAll(List.of(anonymousBuy, ancientBuy, view, cart));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(5))));

    List<Event> bought = new java.util.ArrayList<>();
    store.events().scanTypes(java.util.Set.of(EventType.ORDER_COMPLETED), bought::add);
    List<Event> both = new java.util.ArrayList<>();
    store
        .events()
        .scanTypes(java.util.Set.of(EventType.ORDER_COMPLETED, EventType.PRODUCT_ADDED), both::add);
    List<Event> none = new java.util.ArrayList<>();
    store.events().scanTypes(java.util.Set.of(), none::add);

    assertThat(bought).containsExactlyInAnyOrder(anonymousBuy.withCustomerId("c1"), ancientBuy);
    assertThat(both).containsExactlyInAnyOrder(anonymousBuy.withCustomerId("c1"), ancientBuy, cart);
    assertThat(none).isEmpty();
  }

  @Test
  public void scanByCustomerHandsOutEachCustomerOnceInCodePointOrderWithEventsOldestFirst() {
    Event linkedView = anonymousEvent("e1", EventType.PRODUCT_VIEWED, "a1", "p1", minutes(4));
    Event unlinked = anonymousEvent("e2", EventType.PRODUCT_VIEWED, "a9", "p1", minutes(1));
    Event bView = view("e3", "b", "p2", minutes(5));
    Event bBuy = Fixtures.purchase("e4", "b", "p3", minutes(2));
    Event bMail = Event.builder("e5", EventType.EMAIL_OPENED, minutes(3)).customerId("b").build();
    Event upper = view("e6", "B", "p1", minutes(9));
    Event astral = view("e7", "\uD83D\uDE00x", "p1", minutes(1)); // above U+FFFF
    Event private1 = view("e8", "\uFFFDx", "p1", minutes(1)); // below it, but later in UTF-16
    Event bEarly = view("e9", "b", "p4", minutes(6));
    store
        .events()
        .appendAll(
            List.of(linkedView, unlinked, bView, bBuy, bMail, upper, astral, private1, bEarly));
    store.identities().linkAll(List.of(link("a1", "b", minutes(7))));

    List<String> customers = new ArrayList<>();
    List<List<String>> events = new ArrayList<>();
    store
        .events()
        .scanByCustomer(
            java.util.Set.of(EventType.PRODUCT_VIEWED, EventType.ORDER_COMPLETED),
            (c, list) -> {
              customers.add(c);
              events.add(list.stream().map(Event::eventId).toList());
            });

    assertThat(customers).containsExactly("B", "b", "\uFFFDx", "\uD83D\uDE00x");
    assertThat(events)
        .containsExactly(
            List.of("e6"), List.of("e4", "e1", "e3", "e9"), List.of("e8"), List.of("e7"));
  }

  @Test
  public void attributionFollowsALaterRelink() {
    store.events().appendAll(List.of(anonymousView("e1", "a1", "p1", 1)));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(2))));
    store.identities().linkAll(List.of(link("a1", "c2", minutes(3))));
    assertThat(scanAll()).extracting(e -> e.customerId()).containsExactly(Optional.of("c2"));
    assertThat(store.events().recentForCustomer("c1", 10)).isEmpty();
    assertThat(store.events().recentForCustomer("c2", 10))
        .extracting(Event::eventId)
        .containsExactly("e1");
  }

  @Test
  public void anEventWithACustomerIdKeepsItWhateverItsAnonymousIdIsLinkedTo() {
    Event both =
        Event.builder("e1", EventType.PRODUCT_VIEWED, minutes(1))
            .customerId("c2")
            .anonymousId("a1")
            .productId("p1")
            .build();
    store.events().appendAll(List.of(both));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(2))));
    assertThat(scanAll()).containsExactly(both);
    assertThat(store.events().recentForCustomer("c1", 10)).isEmpty();
    assertThat(store.events().recentForCustomer("c2", 10)).containsExactly(both);
  }

  /**
   * c1's own views own1 and own4, visitors a1 (anon2) and a2 (anon3) linked to c1, a3 (other)
   * linked to c2 with c2's own view own7, and an unlinked visitor a9 (stranger).
   */
  private void storeViewsOfC1AndC2WithLinkedVisitors() {
    store
        .events()
        .appendAll(
            List.of(
                knownView("own1", "c1", "p1", 1),
                anonymousView("anon2", "a1", "p2", 2),
                anonymousView("anon3", "a2", "p3", 3),
                knownView("own4", "c1", "p4", 4),
                anonymousView("stranger", "a9", "p5", 5),
                anonymousView("other", "a3", "p6", 6),
                knownView("own7", "c2", "p7", 7)));
    store
        .identities()
        .linkAll(
            List.of(
                link("a1", "c1", minutes(0)),
                link("a2", "c1", minutes(0)),
                link("a3", "c2", minutes(0))));
  }

  @Test
  public void recentForCustomerIncludesTheEventsOfTheirLinkedAnonymousIds() {
    storeViewsOfC1AndC2WithLinkedVisitors();
    List<Event> recent = store.events().recentForCustomer("c1", 10);
    assertThat(recent).extracting(Event::eventId).containsExactly("own4", "anon3", "anon2", "own1");
    assertThat(recent).allSatisfy(e -> assertThat(e.customerId()).contains("c1"));
    assertThat(store.events().recentForCustomer("c1", 2))
        .extracting(Event::eventId)
        .containsExactly("own4", "anon3");
  }

  @Test
  public void recentForCustomersIncludesTheEventsOfTheirLinkedAnonymousIds() {
    storeViewsOfC1AndC2WithLinkedVisitors();
    var all = store.events().recentForCustomers(List.of("c1", "c2", "c3"), 3);
    assertThat(all.get("c1")).extracting(Event::eventId).containsExactly("own4", "anon3", "anon2");
    assertThat(all.get("c1")).allSatisfy(e -> assertThat(e.customerId()).contains("c1"));
    assertThat(all.get("c2")).extracting(Event::eventId).containsExactly("own7", "other");
    assertThat(all.get("c2")).allSatisfy(e -> assertThat(e.customerId()).contains("c2"));
    assertThat(all.get("c3")).isEmpty();
  }

  @Test
  public void recentForCustomersOrdersOwnAndLinkedEventsOfTheSameInstantByTheirAppendOrder() {
    store
        .events()
        .appendAll(
            List.of(
                knownView("own1", "c1", "p1", 5),
                anonymousView("anon2", "a1", "p2", 5),
                knownView("own3", "c1", "p3", 5),
                anonymousView("anon4", "a1", "p4", 5),
                knownView("own5", "c1", "p5", 1)));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(0))));
    for (int limit : new int[] {1, 3, 10}) {
      assertThat(store.events().recentForCustomers(List.of("c1"), limit).get("c1"))
          .as("limit " + limit)
          .containsExactlyElementsOf(store.events().recentForCustomer("c1", limit));
    }
    assertThat(store.events().recentForCustomers(List.of("c1"), 3).get("c1"))
        .extracting(Event::eventId)
        .containsExactly("anon4", "own3", "anon2");
  }

  @Test
  public void topProductsCountsLinkedVisitorsAsTheirCustomerAndUnlinkedOnesAsNoCustomer() {
    store
        .events()
        .appendAll(
            List.of(
                knownView("v1", "c1", "p1", 1),
                anonymousView("v2", "a1", "p1", 2),
                anonymousView("v3", "a2", "p1", 3),
                anonymousView("v4", "a9", "p1", 4),
                anonymousView("v5", "a8", "p1", 5)));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(0)), link("a2", "c2", minutes(0))));
    assertThat(store.events().topProducts(EventType.PRODUCT_VIEWED, minutes(0), 10))
        .extracting(
            pc -> pc.productId() + ":" + pc.events() + ":" + pc.quantity() + ":" + pc.customers())
        .containsExactly("p1:5:5:2");
  }

  @Test
  public void interactionStatsCountLinkedVisitorsAsTheirCustomer() {
    store
        .events()
        .appendAll(
            List.of(
                knownView("v1", "c1", "p1", 1),
                anonymousView("v2", "a1", "p2", 2),
                anonymousView("v3", "a1", "p3", 3),
                anonymousView("v4", "a9", "p1", 4),
                anonymousEvent("o1", EventType.ORDER_COMPLETED, "a2", "p1", minutes(5)),
                anonymousEvent("o2", EventType.ORDER_COMPLETED, "a9", "p1", minutes(6))));
    store.identities().linkAll(List.of(link("a1", "c1", minutes(0)), link("a2", "c2", minutes(0))));
    assertThat(store.events().interactionStats(3))
        .isEqualTo(new InteractionStats(6, 2, 1, 1, 1, 3));
  }

  @Test
  public void countsAndTimeRangeIncludeAnonymousEvents() {
    store
        .events()
        .appendAll(List.of(anonymousView("v1", "a1", "p1", -3), knownView("v2", "c1", "p1", 4)));
    assertThat(store.events().count()).isEqualTo(2);
    assertThat(store.events().countByType()).containsEntry(EventType.PRODUCT_VIEWED, 2L);
    assertThat(store.events().timeRange().orElseThrow().first()).isEqualTo(minutes(-3));
  }
}
