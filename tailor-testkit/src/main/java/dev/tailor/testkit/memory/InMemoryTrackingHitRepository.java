package dev.tailor.testkit.memory;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Tracking hits in a map beside the {@link InMemoryEventRepository} of the same store; events and
 * hits are added under the event log's lock, so together or not at all. Thread-safe.
 */
public final class InMemoryTrackingHitRepository implements TrackingHitRepository {
  private final InMemoryEventRepository events;
  private final Map<String, TrackingHit> hits = new LinkedHashMap<>();
  private final Map<String, Instant> times = new HashMap<>();

  public InMemoryTrackingHitRepository(InMemoryEventRepository events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  @Override
  public int appendAll(Collection<Event> added, Collection<TrackingHit> context) {
    List<Event> batch = Batches.elements("events", added);
    List<TrackingHit> described = Batches.elements("tracking hits", context);
    Map<String, Instant> at = new HashMap<>();
    batch.forEach(e -> at.putIfAbsent(e.eventId(), e.timestamp()));
    for (TrackingHit h : described) {
      if (!at.containsKey(h.eventId())) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "tracking hit of event " + h.eventId() + " comes without it");
      }
    }
    synchronized (events) {
      int n = events.appendAll(batch);
      synchronized (this) {
        for (TrackingHit h : described) {
          if (hits.putIfAbsent(h.eventId(), h) == null) {
            times.put(h.eventId(), at.get(h.eventId()));
          }
        }
      }
      return n;
    }
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<TrackingHit> sink) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sink, "sink");
    List<TrackingHit> found = new ArrayList<>();
    synchronized (this) {
      for (TrackingHit h : hits.values()) {
        Instant t = times.get(h.eventId());
        if (!t.isBefore(from) && t.isBefore(to)) {
          found.add(h);
        }
      }
    }
    found.forEach(sink);
  }
}
