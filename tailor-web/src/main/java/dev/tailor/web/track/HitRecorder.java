package dev.tailor.web.track;

import dev.tailor.core.event.Event;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.core.tracking.TrackingHitRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Stores tracking hits by group commit: each request queues its event and waits; one writer thread
 * takes every hit queued so far, writes them in one transaction, marks them stored and wakes their
 * threads, then takes the hits queued meanwhile, and so on. Concurrent hits so share a commit, and
 * while hits keep coming the writer goes from one commit to the next without waiting to be woken;
 * yet {@link #record} returns only once its own event is committed: nothing is buffered that a
 * crash could lose. If a shared transaction fails, its hits are written one by one, so one bad hit
 * cannot fail the others. The writer starts with the first hit and ends after a second without one.
 */
final class HitRecorder {
  /** Most hits in one transaction. */
  static final int MAX_BATCH = 1_000;

  /** How long the writer waits for a hit before it ends. */
  static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

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
      LockSupport.unpark(thread);
    }
  }

  private final TrackingHitRepository hits;
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Thread> writer = new AtomicReference<>();
  private final long idleNanos;

  HitRecorder(TrackingHitRepository hits) {
    this(hits, IDLE_NANOS);
  }

  HitRecorder(TrackingHitRepository hits, long idleNanos) {
    this.hits = Objects.requireNonNull(hits, "hits");
    this.idleNanos = idleNanos;
  }

  /** Whether a writer thread runs. */
  boolean writing() {
    return writer.get() != null;
  }

  /** Stores the event and what was seen of it; returns once both are committed, or throws. */
  void record(Event event, Optional<TrackingHit> hit) {
    Pending mine = new Pending(event, hit);
    queue.add(mine);
    wakeWriter();
    while (!mine.done) {
      LockSupport.park(this);
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
  }

  /** Wakes the writer, or starts one if none runs. */
  private void wakeWriter() {
    while (true) {
      Thread w = writer.get();
      if (w != null) {
        LockSupport.unpark(w);
        return;
      }
      Thread started = new Thread(this::writeAll, "tailor-hit-writer");
      started.setDaemon(true);
      if (writer.compareAndSet(null, started)) {
        started.start();
        return;
      }
    }
  }

  /** The writer: commits what is queued until nothing comes for {@code idleNanos}. */
  private void writeAll() {
    Thread me = Thread.currentThread();
    try {
      long idleSince = System.nanoTime();
      while (true) {
        List<Pending> batch = drain();
        if (!batch.isEmpty()) {
          write(batch);
          idleSince = System.nanoTime();
        } else if (System.nanoTime() - idleSince < idleNanos) {
          LockSupport.parkNanos(this, idleNanos);
        } else {
          writer.set(null);
          // a hit queued before the line above saw this thread and counts on it: stay for it
          if (queue.isEmpty() || !writer.compareAndSet(null, me)) {
            return;
          }
        }
      }
    } catch (Error e) {
      writer.compareAndSet(me, null);
      if (!queue.isEmpty()) {
        wakeWriter();
      }
      throw e;
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
    try {
      store(batch);
      batch.forEach(p -> p.finish(null));
    } catch (Error e) {
      // no hit of the batch may be left waiting for a commit that will never come
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
