package dev.tailor.web.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests being handled, so a stop can wait for them: once {@link #drain} is called, new
 * requests are answered 503 and the call returns when the last running one finishes.
 */
public final class InFlight {
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Object lock = new Object();

  /** True when the request may proceed (and is then counted); false when draining. */
  public boolean enter() {
    running.incrementAndGet();
    if (draining.get()) {
      leave();
      return false;
    }
    return true;
  }

  public void leave() {
    if (running.decrementAndGet() == 0) {
      synchronized (lock) {
        lock.notifyAll();
      }
    }
  }

  public int running() {
    return running.get();
  }

  /**
   * Refuses new requests and waits up to {@code timeout} for the running ones; true if all ended.
   */
  public boolean drain(Duration timeout) throws InterruptedException {
    draining.set(true);
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (running.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
    }
    return true;
  }
}
