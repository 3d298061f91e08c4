package dev.tailor.testkit.memory;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.core.event.ProductCount;
import dev.tailor.core.event.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The event log as a list in append order. Anonymous events are attributed on read through the
 * {@link InMemoryIdentityRepository} of the same store. Events with equal timestamps come out in
 * append order (newest-first reads reverse it). Thread-safe; sinks run outside the lock.
 */
public final class InMemoryEventRepository implements EventRepository {
  private final InMemoryIdentityRepository identities;
  private final Set<String> ids = new HashSet<>();
  private final List<Event> log = new ArrayList<>();

  public InMemoryEventRepository(InMemoryIdentityRepository identities) {
    this.identities = Objects.requireNonNull(identities, "identities");
  }

  @Override
  public int appendAll(Collection<Event> events) {
    List<Event> batch = Batches.elements("events", events);
    synchronized (this) {
      int added = 0;
      for (Event e : batch) {
        if (ids.add(e.eventId())) {
          log.add(e);
          added++;
        }
      }
      return added;
    }
  }

  @Override
  public synchronized long count() {
    return log.size();
  }

  @Override
  public synchronized Map<EventType, Long> countByType() {
    Map<EventType, Long> counts = new EnumMap<>(EventType.class);
    log.forEach(e -> counts.merge(e.type(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public synchronized Optional<TimeRange> timeRange() {
    if (log.isEmpty()) {
      return Optional.empty();
    }
    Instant first = log.stream().map(Event::timestamp).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = log.stream().map(Event::timestamp).max(Comparator.naturalOrder()).orElseThrow();
    return Optional.of(new TimeRange(first, last));
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<Event> sink) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sink, "sink");
    List<Event> selected =
        attributed(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to));
    selected.sort(Comparator.comparing(Event::timestamp)); // stable: ties keep append order
    selected.forEach(sink);
  }

  @Override
  public List<Event> recentForCustomer(String customerId, int limit) {
    int n = Batches.limit(limit);
    List<Event> selected = attributed(e -> true);
    Collections.reverse(selected);
    return selected.stream()
        .filter(e -> e.customerId().filter(c -> c.equals(customerId)).isPresent())
        .sorted(Comparator.comparing(Event::timestamp).reversed())
        .limit(n)
        .toList();
  }

  @Override
  public List<ProductCount> topProducts(EventType type, Instant since, int limit) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(since, "since");
    int n = Batches.limit(limit);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Event e :
        attributed(
            e -> e.type() == type && !e.timestamp().isBefore(since) && e.productId().isPresent())) {
      tallies.computeIfAbsent(e.productId().orElseThrow(), k -> new Tally()).add(e);
    }
    return tallies.entrySet().stream()
        .map(t -> t.getValue().toCount(t.getKey()))
        .sorted(
            Comparator.comparingLong(ProductCount::events)
                .reversed()
                .thenComparing(ProductCount::productId, Batches.ID_ORDER))
        .limit(n)
        .toList();
  }

  @Override
  public InteractionStats interactionStats(int threshold) {
    List<Event> interactions =
        attributed(e -> e.type().isProductInteraction() && e.productId().isPresent());
    Map<String, Long> perCustomer = new HashMap<>();
    Map<String, Long> perProduct = new HashMap<>();
    for (Event e : interactions) {
      e.customerId().ifPresent(c -> perCustomer.merge(c, 1L, Long::sum));
      perProduct.merge(e.productId().orElseThrow(), 1L, Long::sum);
    }
    long purchasers =
        attributed(e -> e.type() == EventType.ORDER_COMPLETED).stream()
            .flatMap(e -> e.customerId().stream())
            .distinct()
            .count();
    return new InteractionStats(
        interactions.size(),
        perCustomer.size(),
        perCustomer.values().stream().filter(c -> c >= threshold).count(),
        perProduct.values().stream().filter(c -> c >= threshold).count(),
        purchasers,
        threshold);
  }

  /** The stored events that pass {@code filter}, in append order, attributed to customers. */
  private List<Event> attributed(Predicate<Event> filter) {
    List<Event> selected;
    synchronized (this) {
      selected = log.stream().filter(filter).toList();
    }
    List<Event> out = new ArrayList<>(selected.size());
    for (Event e : selected) {
      out.add(attribute(e));
    }
    return out;
  }

  private Event attribute(Event e) {
    if (e.customerId().isPresent() || e.anonymousId().isEmpty()) {
      return e;
    }
    return identities.resolve(e.anonymousId().orElseThrow()).map(e::withCustomerId).orElse(e);
  }

  /** Counts of one product in {@link #topProducts}. */
  private static final class Tally {
    private long events;
    private long quantity;
    private final Set<String> customers = new HashSet<>();

    void add(Event e) {
      events++;
      quantity += e.quantity();
      e.customerId().ifPresent(customers::add);
    }

    ProductCount toCount(String productId) {
      return new ProductCount(productId, events, quantity, customers.size());
    }
  }
}
