package dev.tailor.store.event;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tracking hits in the {@code tracking_hits} table, written in the transaction of their events (the
 * events through the same writer as {@link JdbiEventRepository}); SQL in {@code tracking-hits.sql}.
 */
public final class JdbiTrackingHitRepository implements TrackingHitRepository {
  private final Database db;
  private final NamedQueries sql;
  private final EventWriter events;

  public JdbiTrackingHitRepository(Database db) {
    this.db = db;
    this.sql =
        NamedQueries.load(JdbiTrackingHitRepository.class, "tracking-hits.sql", db.dialect());
    this.events =
        new EventWriter(
            db.dialect(),
            NamedQueries.load(JdbiTrackingHitRepository.class, "events.sql", db.dialect())
                .get("append"));
  }

  @Override
  public int appendAll(Collection<Event> events, Collection<TrackingHit> hits) {
    List<Event> batch =
        Batches.distinct(
            Batches.elements("events", events), Event::eventId, (first, next) -> first);
    List<TrackingHit> context =
        Batches.distinct(
            Batches.elements("tracking hits", hits), TrackingHit::eventId, (first, next) -> first);
    Set<String> ids = new HashSet<>();
    batch.forEach(e -> ids.add(e.eventId()));
    for (TrackingHit h : context) {
      if (!ids.contains(h.eventId())) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "tracking hit of event " + h.eventId() + " comes without it");
      }
    }
    if (batch.isEmpty()) {
      return 0;
    }
    return db.writeJdbc(
        "appending tracking hits",
        c -> {
          int added = this.events.append(c, batch);
          if (!context.isEmpty()) {
            appendHits(c, context);
          }
          return added;
        });
  }

  private void appendHits(Connection c, List<TrackingHit> hits) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql.get("append"))) {
      for (TrackingHit h : hits) {
        s.setString(1, h.eventId());
        Columns.setText(s, 2, h.userAgent());
        Columns.setText(s, 3, h.ipPrefix());
        Columns.setText(s, 4, h.proxyKind());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<TrackingHit> sink) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sink, "sink");
    db.stream(
        "scanning tracking hits",
        h -> {
          h.createQuery(sql.get("scan"))
              .bind("from", Micros.of(from))
              .bind("to", Micros.of(to))
              .setFetchSize(Database.FETCH_SIZE)
              .map(
                  (rs, ctx) ->
                      new TrackingHit(
                          rs.getString("event_id"),
                          Optional.ofNullable(rs.getString("user_agent")),
                          Optional.ofNullable(rs.getString("ip_prefix")),
                          Optional.ofNullable(rs.getString("proxy_kind"))))
              .forEach(sink);
          return null;
        });
  }
}
