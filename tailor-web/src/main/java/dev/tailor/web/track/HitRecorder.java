package dev.tailor.web.track;

import dev.tailor.core.event.Event;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores tracking hits by group commit: each request queues its event and then takes the write
 * lock; whoever holds it writes every hit queued so far in one transaction and marks them stored.
 * Concurrent hits so share a commit, yet {@link #record} returns only once its own event is
 * committed: nothing is buffered that a crash could lose. If a shared transaction fails, its hits
 * are written one by one, so one bad hit cannot fail the others. No thread of its own.
 */
final class HitRecorder {
  /** Most hits in one transaction. */
  static final int MAX_BATCH = 1_000;

  private static final class Pending {
    final Event event;
    final Optional<TrackingHit> hit;
    boolean done;
    RuntimeException failure;

    Pending(Event event, Optional<TrackingHit> hit) {
      this.event = event;
      this.hit = hit;
    }
  }

  private final TrackingHitRepository hits;
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock lock = new ReentrantLock();

  HitRecorder(TrackingHitRepository hits) {
    this.hits = Objects.requireNonNull(hits, "hits");
  }

  /** Stores the event and what was seen of it; returns once both are committed, or throws. */
  void record(Event event, Optional<TrackingHit> hit) {
    Pending mine = new Pending(event, hit);
    queue.add(mine);
    lock.lock();
    try {
      // a hit not yet done is still queued: only the lock holder takes hits, and it finishes them
      while (!mine.done) {
        write(drain());
      }
    } finally {
      lock.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
  }

  private List<Pending> drain() {
    List<Pending> batch = new ArrayList<>();
    Pending p;
    while (batch.size() < MAX_BATCH && (p = queue.poll()) != null) {
      batch.add(p);
    }
    return batch;
  }

  private void write(List<Pending> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      store(batch);
      batch.forEach(p -> p.done = true);
    } catch (Error e) {
      // no hit of the batch may be left waiting for a writer that will never come
      for (Pending p : batch) {
        p.failure = new IllegalStateException("storing tracking hits failed", e);
        p.done = true;
      }
      throw e;
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).failure = e;
        batch.get(0).done = true;
        return;
      }
      for (Pending p : batch) {
        write(List.of(p));
      }
    }
  }

  private void store(List<Pending> batch) {
    List<Event> events = new ArrayList<>(batch.size());
    List<TrackingHit> seen = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      events.add(p.event);
      p.hit.ifPresent(seen::add);
    }
    hits.appendAll(events, seen);
  }
}
