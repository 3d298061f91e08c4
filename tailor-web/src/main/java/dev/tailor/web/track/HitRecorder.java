package dev.tailor.web.track;

import dev.tailor.core.event.Event;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores tracking hits by group commit: each request queues its event and then tries the write
 * lock; whoever holds it writes every hit queued so far in one transaction, marks them stored and
 * wakes their threads at once (they wait parked, not in line for the lock). Concurrent hits so
 * share a commit, yet {@link #record} returns only once its own event is committed: nothing is
 * buffered that a crash could lose. A writer that is done wakes the thread of the first hit still
 * queued, to write next. If a shared transaction fails, its hits are written one by one, so one bad
 * hit cannot fail the others. No thread of its own.
 */
final class HitRecorder {
  /** Most hits in one transaction. */
  static final int MAX_BATCH = 1_000;

  private static final class Pending {
    final Event event;
    final Optional<TrackingHit> hit;
    final Thread thread = Thread.currentThread();
    // written before done, read after it
    RuntimeException failure;
    volatile boolean done;

    Pending(Event event, Optional<TrackingHit> hit) {
      this.event = event;
      this.hit = hit;
    }

    void finish(RuntimeException e) {
      failure = e;
      done = true;
      if (thread != Thread.currentThread()) {
        LockSupport.unpark(thread);
      }
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
    while (!mine.done) {
      if (lock.tryLock()) {
        try {
          // a hit not yet done is still queued: only the lock holder takes hits and finishes them
          while (!mine.done) {
            write(drain());
          }
        } finally {
          lock.unlock();
        }
        // a hit queued while this thread wrote found the lock taken: its thread writes next
        Pending next = queue.peek();
        if (next != null) {
          LockSupport.unpark(next.thread);
        }
      } else {
        // the holder wakes this thread once its hit is stored, or when it leaves it queued
        LockSupport.park(this);
      }
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
      batch.forEach(p -> p.finish(null));
    } catch (Error e) {
      // no hit of the batch may be left waiting for a writer that will never come
      for (Pending p : batch) {
        p.finish(new IllegalStateException("storing tracking hits failed", e));
      }
      throw e;
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).finish(e);
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
