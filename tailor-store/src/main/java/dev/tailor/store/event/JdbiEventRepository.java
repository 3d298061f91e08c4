package dev.tailor.store.event;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.core.event.ProductCount;
import dev.tailor.core.event.TimeRange;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * The event log in the {@code events} table; SQL in {@code events.sql}. Anonymous events are
 * attributed on read by joining {@code identities}. Aggregates run in the database and scans stream
 * through a cursor, so no method holds the log in memory. Events with equal timestamps come out in
 * append order.
 */
public final class JdbiEventRepository implements EventRepository {
  private static final List<String> INTERACTION_TYPES =
      Arrays.stream(EventType.values())
          .filter(EventType::isProductInteraction)
          .map(EventType::wireName)
          .toList();

  /** Customers per query of {@link #recentForCustomers}. */
  private static final int IDS_PER_QUERY = 500;

  private final Database db;
  private final NamedQueries sql;
  private final EventWriter writer;

  public JdbiEventRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiEventRepository.class, "events.sql", db.dialect());
    this.writer = new EventWriter(db.dialect(), sql.get("append"));
  }

  @Override
  public int appendAll(Collection<Event> events) {
    List<Event> batch =
        Batches.distinct(
            Batches.elements("events", events), Event::eventId, (first, next) -> first);
    if (batch.isEmpty()) {
      return 0;
    }
    return db.write("appending events", h -> writer.append(h.getConnection(), batch));
  }

  @Override
  public long count() {
    return db.read("counting events", h -> h.createQuery(sql.get("count")).mapTo(Long.class).one());
  }

  @Override
  public Map<EventType, Long> countByType() {
    return db.read(
        "counting events by type",
        h -> {
          Map<EventType, Long> counts = new EnumMap<>(EventType.class);
          h.createQuery(sql.get("count-by-type"))
              .map((rs, ctx) -> Map.entry(EventRows.type(rs.getString("type")), rs.getLong("n")))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
          return Collections.unmodifiableMap(counts);
        });
  }

  @Override
  public Optional<TimeRange> timeRange() {
    return db.read(
        "reading the time range of events",
        h ->
            h.createQuery(sql.get("time-range"))
                .map(
                    (rs, ctx) -> {
                      Long first = Columns.longOrNull(rs, "first_ts");
                      Long last = Columns.longOrNull(rs, "last_ts");
                      return first == null || last == null
                          ? Optional.<TimeRange>empty()
                          : Optional.of(
                              new TimeRange(Micros.toInstant(first), Micros.toInstant(last)));
                    })
                .one());
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<Event> sink) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sink, "sink");
    db.stream(
        "scanning events",
        h -> {
          h.createQuery(sql.get("scan"))
              .bind("from", Micros.of(from))
              .bind("to", Micros.of(to))
              .setFetchSize(Database.FETCH_SIZE)
              .map(EventRows::map)
              .forEach(sink);
          return null;
        });
  }

  @Override
  public void scanTypes(Set<EventType> types, Consumer<Event> sink) {
    Objects.requireNonNull(sink, "sink");
    List<String> names = types.stream().map(EventType::wireName).sorted().toList();
    if (names.isEmpty()) {
      return;
    }
    db.stream(
        "scanning events by type",
        h -> {
          h.createQuery(sql.get("scan-types"))
              .bindList("types", names)
              .setFetchSize(Database.FETCH_SIZE)
              .map(EventRows::map)
              .forEach(sink);
          return null;
        });
  }

  /**
   * Two cursors merged: events stored with their customer, walked along the (customer, time) index,
   * and anonymous events of linked ids; each ordered by customer id in byte order (code points).
   */
  @Override
  public void scanByCustomer(Set<EventType> types, BiConsumer<String, List<Event>> sink) {
    Objects.requireNonNull(sink, "sink");
    List<String> names = types.stream().map(EventType::wireName).sorted().toList();
    if (names.isEmpty()) {
      return;
    }
    db.stream(
        "scanning events by customer",
        h -> {
          try (ResultIterator<Event> own =
                  h.createQuery(sql.get("by-customer"))
                      .bindList("types", names)
                      .setFetchSize(Database.FETCH_SIZE)
                      .map(EventRows::map)
                      .iterator();
              ResultIterator<Event> linked =
                  h.createQuery(sql.get("by-customer-linked"))
                      .bindList("types", names)
                      .setFetchSize(Database.FETCH_SIZE)
                      .map(EventRows::map)
                      .iterator()) {
            CustomerMerge.run(own, linked, sink);
          }
          return null;
        });
  }

  @Override
  public List<Event> recentForCustomer(String customerId, int limit) {
    int n = Batches.limit(limit);
    if (customerId == null || n == 0) {
      return List.of();
    }
    return db.read(
        "reading a customer's recent events",
        h ->
            h.createQuery(sql.get("recent-for-customer"))
                .bind("customerId", customerId)
                .bind("limit", n)
                .map(EventRows::map)
                .list());
  }

  /**
   * One query per {@value #IDS_PER_QUERY} customers, streamed in the order the indexes give; each
   * customer's events are then sorted newest first here (~30 each, where SQLite sorted all of a
   * chunk's rows in a temporary B-tree) and cut to {@code limit}. A customer's rows are cut as they
   * come too, whenever they reach twice the limit, so a long history is never held whole.
   */
  @Override
  public Map<String, List<Event>> recentForCustomers(Collection<String> customerIds, int limit) {
    int n = Batches.limit(limit);
    List<String> wanted = customerIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, List<Sequenced>> rows = new HashMap<>();
    for (String id : wanted) {
      rows.put(id, new ArrayList<>());
    }
    if (!wanted.isEmpty() && n > 0) {
      db.stream(
          "reading the recent events of " + wanted.size() + " customers",
          h -> {
            for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
              h.createQuery(sql.get("recent-for-customers"))
                  .bindList(
                      "ids", wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY)))
                  .setFetchSize(Database.FETCH_SIZE)
                  .map((rs, ctx) -> new Sequenced(rs.getLong("seq"), EventRows.map(rs, ctx)))
                  .forEach(
                      r -> {
                        List<Sequenced> theirs = rows.get(r.event().customerId().orElseThrow());
                        theirs.add(r);
                        if (theirs.size() - n >= Math.max(n, 64)) {
                          keepNewest(theirs, n);
                        }
                      });
            }
            return null;
          });
    }
    Map<String, List<Event>> out = new HashMap<>();
    for (String id : wanted) {
      List<Sequenced> theirs = keepNewest(rows.get(id), n);
      List<Event> events = new ArrayList<>(theirs.size());
      for (Sequenced r : theirs) {
        events.add(r.event());
      }
      out.put(id, events);
    }
    return out;
  }

  /** Sorts {@code rows} newest first and drops all but the first {@code n}; returns them. */
  private static List<Sequenced> keepNewest(List<Sequenced> rows, int n) {
    rows.sort(Sequenced.NEWEST_FIRST);
    if (rows.size() > n) {
      rows.subList(n, rows.size()).clear();
    }
    return rows;
  }

  /** An event and its row's {@code seq}, which orders events of the same instant. */
  private record Sequenced(long seq, Event event) {
    /** Newest first: {@code ts DESC, seq DESC}, as {@code recent-for-customer} orders. */
    static final Comparator<Sequenced> NEWEST_FIRST =
        Comparator.comparing((Sequenced r) -> r.event().timestamp())
            .thenComparingLong(Sequenced::seq)
            .reversed();
  }

  @Override
  public List<ProductCount> topProducts(EventType type, Instant since, int limit) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(since, "since");
    int n = Batches.limit(limit);
    return db.read(
        "ranking products",
        h ->
            h.createQuery(sql.get("top-products"))
                .bind("type", type.wireName())
                .bind("since", Micros.of(since))
                .bind("limit", n)
                .map(
                    (rs, ctx) ->
                        new ProductCount(
                            rs.getString("product_id"),
                            rs.getLong("n_events"),
                            rs.getLong("quantity"),
                            rs.getLong("customers")))
                .list());
  }

  @Override
  public InteractionStats interactionStats(int threshold) {
    return db.read(
        "counting interactions",
        h ->
            h.createQuery(sql.get("interaction-stats"))
                .bindList("types", INTERACTION_TYPES)
                .bind("threshold", threshold)
                .bind("purchase", EventType.ORDER_COMPLETED.wireName())
                .map(
                    (rs, ctx) ->
                        new InteractionStats(
                            rs.getLong("interactions"),
                            rs.getLong("customers_with_interactions"),
                            rs.getLong("customers_with_enough"),
                            rs.getLong("products_with_enough"),
                            rs.getLong("purchasers"),
                            threshold))
                .one());
  }
}
