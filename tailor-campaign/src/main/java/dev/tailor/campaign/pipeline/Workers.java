package dev.tailor.campaign.pipeline;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool that keeps at most two tasks per thread in flight, so the producer (paging through
 * customers or messages) never runs ahead of the work and memory stays bounded. The first failure
 * of a task is rethrown to the producer.
 */
final class Workers implements AutoCloseable {
  private final ExecutorService pool;
  private final int maxInFlight;
  private final Deque<Future<?>> inFlight = new ArrayDeque<>();

  Workers(int threads) {
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "campaign-worker");
              t.setDaemon(true);
              return t;
            });
    this.maxInFlight = threads * 2;
  }

  /** Submits {@code task}, first waiting for the oldest task when too many are in flight. */
  void submit(Runnable task) {
    while (inFlight.size() >= maxInFlight) {
      await(inFlight.removeFirst());
    }
    inFlight.addLast(pool.submit(task));
  }

  /** Waits for every submitted task. */
  void drain() {
    while (!inFlight.isEmpty()) {
      await(inFlight.removeFirst());
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new TailorException(ErrorCode.RUNTIME, String.valueOf(c), c);
    }
  }

  /**
   * Stops the pool: tasks not started are dropped, running ones finish their chunk (they are not
   * interrupted: an interrupted render would fail its message) and are awaited, so no task of this
   * pool changes a message after it returns.
   */
  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(false));
    inFlight.clear();
    pool.shutdown();
    try {
      pool.awaitTermination(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
