package dev.tailor.reco.neighbours;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.BoundedHeap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the top-K neighbours of every item from a sparse row × item matrix (rows are customers or
 * orders) without ever forming the items × items matrix: for each item it walks the rows holding it
 * (through the transpose) and the items of those rows, accumulating co-occurrence statistics in one
 * dense per-thread vector. Cost Σ over rows of (row length)², spread over threads by blocks of
 * items.
 */
public final class NeighbourSearch {
  private static final int BLOCK = 64;

  private NeighbourSearch() {}

  /**
   * The neighbour lists of every item of {@code rows} (a row × item matrix), keeping at most {@code
   * k} per item, scored by {@code pairScore}, on {@code threads} threads.
   */
  public static Neighbours search(SparseRows rows, int k, PairScore pairScore, int threads) {
    SparseRows columns = rows.transpose();
    int items = rows.columns();
    int[] count = new int[items];
    int[] neighbour = new int[items * k];
    float[] similarity = new float[items * k];
    AtomicInteger nextBlock = new AtomicInteger();
    Runnable worker =
        () -> {
          Scratch s = new Scratch(items, k);
          for (int b = nextBlock.getAndIncrement();
              b * BLOCK < items;
              b = nextBlock.getAndIncrement()) {
            for (int i = b * BLOCK; i < Math.min(items, (b + 1) * BLOCK); i++) {
              s.collect(rows, columns, i, pairScore);
              count[i] = s.heap.drain(neighbour, similarity, i * k);
            }
          }
        };
    run(worker, Math.max(1, Math.min(threads, (items + BLOCK - 1) / BLOCK)));
    return new Neighbours(k, count, neighbour, similarity);
  }

  private static void run(Runnable worker, int threads) {
    if (threads == 1) {
      worker.run();
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "tailor-neighbours");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(worker));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "neighbour search interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new TailorException(ErrorCode.RUNTIME, "neighbour search failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One thread's dense accumulators, reset after each item through the touched list. */
  private static final class Scratch {
    final double[] dot;
    final int[] shared;
    final int[] touched;
    final BoundedHeap heap;

    Scratch(int items, int k) {
      dot = new double[items];
      shared = new int[items];
      touched = new int[items];
      heap = new BoundedHeap(k);
    }

    void collect(SparseRows rows, SparseRows columns, int i, PairScore pairScore) {
      int[] rowStart = rows.rowStart();
      int[] cols = rows.cols();
      float[] values = rows.values();
      int n = 0;
      for (int e = columns.rowStart()[i]; e < columns.rowStart()[i + 1]; e++) {
        int row = columns.cols()[e];
        double a = columns.values()[e];
        for (int f = rowStart[row]; f < rowStart[row + 1]; f++) {
          int j = cols[f];
          if (shared[j] == 0) {
            touched[n++] = j;
          }
          shared[j]++;
          dot[j] += a * values[f];
        }
      }
      heap.clear();
      for (int t = 0; t < n; t++) {
        int j = touched[t];
        if (j != i) {
          float s = pairScore.score(i, j, dot[j], shared[j]);
          if (s > 0 && !Float.isInfinite(s)) {
            heap.offer(j, s);
          }
        }
        dot[j] = 0;
        shared[j] = 0;
      }
    }
  }
}
