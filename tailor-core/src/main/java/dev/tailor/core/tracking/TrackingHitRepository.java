package dev.tailor.core.tracking;

import dev.tailor.core.event.Event;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Consumer;

/** The context of tracking hits, stored beside their events in the event log. */
public interface TrackingHitRepository {

  /**
   * Appends {@code events} as {@link dev.tailor.core.event.EventRepository#appendAll} does and the
   * hits that describe some of them, all in one transaction, and returns how many events were new.
   * Every hit must name one of {@code events}; a hit of an event already stored is not replaced.
   */
  int appendAll(Collection<Event> events, Collection<TrackingHit> hits);

  /** Streams the hits of events with {@code from <= timestamp < to}, in no promised order. */
  void scan(Instant from, Instant to, Consumer<TrackingHit> sink);
}
