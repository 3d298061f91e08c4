package dev.tailor.core.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The append-only log of events. Events whose {@code customerId} is empty are attributed to a
 * customer on read, as soon as their anonymous id is linked (see {@code IdentityRepository}).
 */
public interface EventRepository {

  /**
   * Stores the events whose ids are not stored yet, all in one transaction, and returns how many
   * were new. Re-appending the same events stores nothing.
   */
  int appendAll(Collection<Event> events);

  long count();

  Map<EventType, Long> countByType();

  /** Oldest and newest event timestamps, or empty when there are no events. */
  Optional<TimeRange> timeRange();

  /**
   * Streams events with {@code from <= timestamp < to} in timestamp order, with linked anonymous
   * events attributed to their customer.
   */
  void scan(Instant from, Instant to, Consumer<Event> sink);

  /**
   * Streams every event whose type is in {@code types}, whatever its time, in no promised order,
   * with linked anonymous events attributed to their customer. Stores filter in the query; this
   * default filters a full {@link #scan}.
   */
  default void scanTypes(Set<EventType> types, Consumer<Event> sink) {
    Set<EventType> wanted = Set.copyOf(types);
    scan(
        Instant.MIN,
        Instant.MAX,
        e -> {
          if (wanted.contains(e.type())) {
            sink.accept(e);
          }
        });
  }

  /**
   * Streams the events of {@code types} that belong to a customer (linked anonymous events
   * included), one customer at a time: customers in {@link CustomerOrder}, each with their events
   * oldest first (ties in append order where the store knows it). Stores hold one customer's events
   * at a time; this default reads the matching events into memory first, for small stores.
   */
  default void scanByCustomer(Set<EventType> types, BiConsumer<String, List<Event>> sink) {
    TreeMap<String, List<Event>> byCustomer = new TreeMap<>(CustomerOrder.IDS);
    scanTypes(
        types,
        e ->
            e.customerId()
                .ifPresent(c -> byCustomer.computeIfAbsent(c, k -> new ArrayList<>()).add(e)));
    byCustomer.forEach(
        (customer, events) -> {
          events.sort(Comparator.comparing(Event::timestamp));
          sink.accept(customer, events);
        });
  }

  /** A customer's newest events first, including those of their linked anonymous ids. */
  List<Event> recentForCustomer(String customerId, int limit);

  /**
   * {@link #recentForCustomer} for each of {@code customerIds} at once (a chunk of a campaign's
   * audience): every distinct id maps to its newest events first, up to {@code limit} each, an
   * empty list when it has none. Stores answer with one query per few hundred customers; this
   * default asks once per customer.
   */
  default Map<String, List<Event>> recentForCustomers(Collection<String> customerIds, int limit) {
    Map<String, List<Event>> out = new HashMap<>();
    for (String id : customerIds) {
      if (id != null && !out.containsKey(id)) {
        out.put(id, recentForCustomer(id, limit));
      }
    }
    return out;
  }

  /** The products most often in events of {@code type} since {@code since}, most events first. */
  List<ProductCount> topProducts(EventType type, Instant since, int limit);

  /** Interaction counts with {@code threshold} as the "enough" bar. */
  InteractionStats interactionStats(int threshold);
}
