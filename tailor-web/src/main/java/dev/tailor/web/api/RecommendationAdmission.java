package dev.tailor.web.api;

import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Lets requests in under {@link RecommendationLimits}; thread-safe. */
final class RecommendationAdmission {
  private final RecommendationLimits limits;
  private final Semaphore running;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong refused = new AtomicLong();

  RecommendationAdmission(RecommendationLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.running = new Semaphore(limits.concurrent());
  }

  /**
   * Takes a turn: true when the caller may proceed (and must call {@link #leave}), false when the
   * queue is full or the turn did not come within the limit's wait.
   */
  boolean enter() throws InterruptedException {
    if (running.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > limits.queue()) {
      waiting.decrementAndGet();
      refused.incrementAndGet();
      return false;
    }
    try {
      if (running.tryAcquire(limits.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
        return true;
      }
      refused.incrementAndGet();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  void leave() {
    running.release();
  }

  /** Requests turned away so far. */
  long refused() {
    return refused.get();
  }
}
