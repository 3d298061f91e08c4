package dev.tailor.reco.linalg;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of worker threads running parallel loops over an index range. The calling thread
 * is worker 0, so {@code new Workers(1)} runs everything inline without any thread. Work is handed
 * out in chunks from a shared counter, so uneven chunks balance themselves; each worker knows its
 * number, which lets callers keep one scratch buffer per worker instead of allocating per item.
 * Close it to stop the threads.
 */
public final class Workers implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;
  private final ExecutorService pool;

  /** A loop body over {@code [from, to)} run by worker {@code worker}. */
  @FunctionalInterface
  public interface RangeTask {
    void run(int from, int to, int worker);
  }

  public Workers(int threads) {
    if (threads < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "threads must be ≥ 1, not " + threads);
    }
    this.threads = threads;
    int id = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads - 1,
                r -> {
                  Thread t = new Thread(r, "tailor-reco-" + id + "-" + count.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                });
  }

  public int threads() {
    return threads;
  }

  /**
   * Runs {@code task} over {@code [0, n)} in chunks of {@code chunk} indexes and returns when all
   * are done. A failure in any worker is rethrown here once the others have stopped.
   */
  public void forEachChunk(int n, int chunk, RangeTask task) {
    if (n <= 0) {
      return;
    }
    int step = Math.max(1, chunk);
    AtomicInteger next = new AtomicInteger();
    int helpers = Math.min(threads - 1, (n - 1) / step);
    List<Future<?>> futures = new ArrayList<>(helpers);
    for (int w = 1; w <= helpers; w++) {
      int worker = w;
      futures.add(
          pool.submit(
              () -> {
                try {
                  drain(n, step, next, task, worker);
                } catch (RuntimeException | Error e) {
                  next.set(n);
                  throw e;
                }
              }));
    }
    RuntimeException failure = null;
    try {
      drain(n, step, next, task, 0);
    } catch (RuntimeException e) {
      next.set(n);
      failure = e;
    }
    for (Future<?> f : futures) {
      failure = join(f, failure);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void drain(int n, int step, AtomicInteger next, RangeTask task, int worker) {
    while (true) {
      int from = next.getAndAdd(step);
      if (from >= n || from < 0) {
        return;
      }
      task.run(from, Math.min(n, from + step), worker);
    }
  }

  private static RuntimeException join(Future<?> f, RuntimeException failure) {
    try {
      f.get();
      return failure;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return first(failure, new TailorException(ErrorCode.RUNTIME, "interrupted", e));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      return first(
          failure,
          cause instanceof RuntimeException re
              ? re
              : new TailorException(ErrorCode.RUNTIME, "a worker failed", cause));
    }
  }

  private static RuntimeException first(RuntimeException a, RuntimeException b) {
    return a != null ? a : b;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
