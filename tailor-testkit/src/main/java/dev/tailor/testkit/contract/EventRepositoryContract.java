package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static dev.tailor.testkit.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.core.event.TimeRange;
import dev.tailor.testkit.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventRepository} contract for events of known customers: appending, dedup, scans,
 * counts and recent events. {@link EventAggregateContract} covers the aggregates, {@link
 * StoreContract} anonymous events attributed through identity links.
 */
public abstract class EventRepositoryContract extends StoreContractSupport {

  private EventRepository events() {
    return store.events();
  }

  private List<Event> scanAll() {
    List<Event> out = new ArrayList<>();
    events().scan(Instant.MIN, Instant.MAX, out::add);
    return out;
  }

  private List<Event> scan(Instant from, Instant to) {
    List<Event> out = new ArrayList<>();
    events().scan(from, to, out::add);
    return out;
  }

  /** An event with every field set, unicode and delimiters included, time in microseconds. */
  static Event richEvent(String eventId) {
    return Event.builder(
            eventId, EventType.ORDER_COMPLETED, Instant.parse("2024-02-29T23:59:59.123456Z"))
        .customerId("kunde-ü, 1")
        .anonymousId("anon|😀")
        .productId("p > 1")
        .quantity(3)
        .price(new BigDecimal("1234.50"))
        .orderId("order \"7\"")
        .campaignId("camp-été")
        .messageId("<m1@mail.example>")
        .build();
  }

  @Test
  public void anEmptyStoreHasNoEvents() {
    assertThat(events().count()).isZero();
    assertThat(events().countByType()).isEmpty();
    assertThat(events().timeRange()).isEmpty();
    assertThat(scanAll()).isEmpty();
    assertThat(events().recentForCustomer("c1", 10)).isEmpty();
    assertThat(events().topProducts(EventType.PRODUCT_VIEWED, Instant.MIN, 10)).isEmpty();
    assertThat(events().interactionStats(3)).isEqualTo(new InteractionStats(0, 0, 0, 0, 0, 3));
  }

  @Test
  public void appendAllReturnsHowManyEventsWereNew() {
    assertThat(
            events()
                .appendAll(
                    List.of(
                        view("e1", "c1", "p1", minutes(1)), view("e2", "c1", "p2", minutes(2)))))
        .isEqualTo(2);
    assertThat(
            events()
                .appendAll(
                    List.of(
                        view("e2", "c1", "p2", minutes(2)), view("e3", "c1", "p3", minutes(3)))))
        .isEqualTo(1);
    assertThat(events().count()).isEqualTo(3);
  }

  @Test
  public void reappendingTheSameEventsStoresNothing() {
    List<Event> batch =
        List.of(view("e1", "c1", "p1", minutes(1)), view("e2", "c2", "p1", minutes(2)));
    events().appendAll(batch);
    assertThat(events().appendAll(batch)).isZero();
    assertThat(events().count()).isEqualTo(2);
  }

  @Test
  public void aKnownEventIdKeepsTheFirstEventEvenIfTheNewOneDiffers() {
    Event first = view("e1", "c1", "p1", minutes(1));
    events().appendAll(List.of(first));
    assertThat(events().appendAll(List.of(view("e1", "c2", "p2", minutes(5))))).isZero();
    assertThat(scanAll()).containsExactly(first);
  }

  @Test
  public void duplicatesInsideOneBatchAreStoredOnceAndCountedOnce() {
    Event first = view("e1", "c1", "p1", minutes(1));
    int added = events().appendAll(List.of(first, view("e1", "c9", "p9", minutes(9)), first));
    assertThat(added).isEqualTo(1);
    assertThat(scanAll()).containsExactly(first);
  }

  @Test
  public void anEmptyBatchStoresNothing() {
    assertThat(events().appendAll(List.of())).isZero();
    assertThat(events().count()).isZero();
  }

  @Test
  public void aBatchWithANullElementStoresNothing() {
    events().appendAll(List.of(view("e0", "c1", "p1", minutes(0))));
    assertRejected(
        () ->
            events()
                .appendAll(
                    Arrays.asList(
                        view("e1", "c1", "p1", minutes(1)),
                        null,
                        view("e2", "c1", "p1", minutes(2)))));
    assertThat(events().count()).isEqualTo(1);
    assertThat(events().appendAll(List.of(view("e1", "c1", "p1", minutes(1))))).isEqualTo(1);
  }

  @Test
  public void anEventWithEveryFieldSetRoundTripsExactly() {
    Event rich = richEvent("e-ü-1");
    Event bare =
        Event.builder("e-bare", EventType.EMAIL_OPENED, minutes(0))
            .customerId("c1")
            .quantity(0)
            .build();
    events().appendAll(List.of(rich, bare));
    assertThat(scanAll()).containsExactly(rich, bare);
  }

  @Test
  public void everyEventTypeRoundTrips() {
    List<Event> all = new ArrayList<>();
    for (EventType type : EventType.values()) {
      all.add(
          Event.builder("e-" + type, type, minutes(all.size()))
              .customerId("c1")
              .anonymousId("a1")
              .build());
    }
    events().appendAll(all);
    assertThat(scanAll()).containsExactlyElementsOf(all);
  }

  @Test
  public void aLargeBatchIsStoredAndCountedWhole() {
    List<Event> batch =
        IntStream.range(0, 12_345)
            .mapToObj(i -> view("e" + i, "c" + (i % 97), "p" + (i % 31), minutes(i % 1_000)))
            .toList();
    assertThat(events().appendAll(batch)).isEqualTo(12_345);
    assertThat(events().appendAll(batch.subList(12_000, 12_345))).isZero();
    assertThat(events().count()).isEqualTo(12_345);
  }

  @Test
  public void scanIncludesItsStartExcludesItsEndAndStreamsInTimestampOrder() {
    events()
        .appendAll(
            List.of(
                view("late", "c1", "p1", minutes(30)),
                view("end", "c1", "p1", minutes(20)),
                view("start", "c1", "p1", minutes(10)),
                view("mid", "c1", "p1", minutes(15)),
                view("before", "c1", "p1", minutes(10).minusNanos(1_000))));
    assertThat(scan(minutes(10), minutes(20)))
        .extracting(Event::eventId)
        .containsExactly("start", "mid");
    assertThat(scan(minutes(10), minutes(10))).isEmpty();
    assertThat(scan(minutes(20), minutes(10))).isEmpty();
  }

  @Test
  public void scanStreamsEventsWithEqualTimestampsInAppendOrder() {
    events()
        .appendAll(List.of(view("b", "c1", "p1", minutes(1)), view("a", "c1", "p1", minutes(1))));
    events()
        .appendAll(
            List.of(view("c", "c1", "p1", minutes(1)), view("first", "c1", "p1", minutes(0))));
    assertThat(scanAll()).extracting(Event::eventId).containsExactly("first", "b", "a", "c");
  }

  @Test
  public void scanFromTheStartToTheEndOfTimeReturnsEveryEvent() {
    Event ancient =
        view("ancient", "c1", "p1", Instant.parse("1970-01-01T00:00:00Z").minusSeconds(86_400));
    Event future = view("future", "c1", "p1", Instant.parse("2999-12-31T23:59:59.999999Z"));
    events().appendAll(List.of(future, ancient));
    assertThat(scanAll()).containsExactly(ancient, future);
  }

  @Test
  public void aScanSinkMayReadTheStore() {
    events()
        .appendAll(List.of(view("e1", "c1", "p1", minutes(1)), view("e2", "c1", "p2", minutes(2))));
    List<Integer> sizes = new ArrayList<>();
    events()
        .scan(
            Instant.MIN, Instant.MAX, e -> sizes.add(events().recentForCustomer("c1", 10).size()));
    assertThat(sizes).containsExactly(2, 2);
  }

  @Test
  public void countByTypeCountsOnlyTheTypesPresent() {
    events()
        .appendAll(
            List.of(
                view("v1", "c1", "p1", minutes(1)),
                view("v2", "c2", "p1", minutes(2)),
                Fixtures.purchase("o1", "c1", "p1", minutes(3))));
    assertThat(events().countByType())
        .isEqualTo(Map.of(EventType.PRODUCT_VIEWED, 2L, EventType.ORDER_COMPLETED, 1L));
  }

  @Test
  public void timeRangeSpansTheOldestAndNewestEvents() {
    events()
        .appendAll(
            List.of(
                view("e2", "c1", "p1", minutes(5)),
                view("e1", "c1", "p1", minutes(-5)),
                view("e3", "c1", "p1", minutes(1))));
    assertThat(events().timeRange()).contains(new TimeRange(minutes(-5), minutes(5)));
  }

  @Test
  public void recentForCustomerListsTheirNewestEventsFirstUpToTheLimit() {
    events()
        .appendAll(
            List.of(
                view("e1", "c1", "p1", minutes(1)),
                view("e3", "c1", "p3", minutes(3)),
                view("other", "c2", "p1", minutes(4)),
                view("e2", "c1", "p2", minutes(2)),
                view("e2b", "c1", "p2", minutes(2))));
    assertThat(events().recentForCustomer("c1", 10))
        .extracting(Event::eventId)
        .containsExactly("e3", "e2b", "e2", "e1");
    assertThat(events().recentForCustomer("c1", 2))
        .extracting(Event::eventId)
        .containsExactly("e3", "e2b");
    assertThat(events().recentForCustomer("c1", 0)).isEmpty();
    assertThat(events().recentForCustomer("nobody", 10)).isEmpty();
  }

  @Test
  public void recentForCustomersGivesEachCustomerWhatRecentForCustomerGives() {
    List<Event> log = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // equal timestamps in pairs, so the append order decides ties
      log.add(view("e" + i, "c" + (i % 4), "p" + (i % 7), minutes(i / 2)));
    }
    events().appendAll(log);
    List<String> ids = List.of("c2", "c0", "nobody", "c3", "c0", "c1");
    for (int limit : new int[] {0, 1, 5, 100}) {
      Map<String, List<Event>> all = events().recentForCustomers(ids, limit);
      assertThat(all).containsOnlyKeys("c0", "c1", "c2", "c3", "nobody");
      for (String id : all.keySet()) {
        assertThat(all.get(id))
            .as(id + " limit " + limit)
            .containsExactlyElementsOf(events().recentForCustomer(id, limit));
      }
    }
    assertThat(events().recentForCustomers(List.of(), 10)).isEmpty();
  }

  @Test
  public void recentForCustomersKeepsTheNewestOfALongHistory() {
    List<Event> log = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // out of time order, equal timestamps in threes
      int m = (i * 37) % 400 / 3;
      log.add(view("e" + i, i % 5 == 0 ? "c1" : "c0", "p" + (i % 7), minutes(m)));
    }
    events().appendAll(log);
    for (int limit : new int[] {1, 7, 100, 1_000}) {
      Map<String, List<Event>> all = events().recentForCustomers(List.of("c0", "c1"), limit);
      for (String id : List.of("c0", "c1")) {
        assertThat(all.get(id))
            .as(id + " limit " + limit)
            .containsExactlyElementsOf(events().recentForCustomer(id, limit));
      }
    }
  }

  @Test
  public void recentForCustomersReadsMoreCustomersThanOneQueryTakes() {
    List<Event> log = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      ids.add("c" + i);
      log.add(view("a" + i, "c" + i, "p1", minutes(1)));
      log.add(view("b" + i, "c" + i, "p2", minutes(2)));
    }
    events().appendAll(log);
    Map<String, List<Event>> all = events().recentForCustomers(ids, 10);
    assertThat(all).hasSize(1_200);
    assertThat(all.get("c0")).extracting(Event::eventId).containsExactly("b0", "a0");
    assertThat(all.get("c1199")).extracting(Event::eventId).containsExactly("b1199", "a1199");
  }
}
