package dev.tailor.reco.recommend;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.UserProfile;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Recommends for every customer of a {@link Histories}: workers score chunks of customers into
 * reusable chunk buffers, and the calling thread hands the lists to the sink in customer order. No
 * per-customer allocation beyond the customer's profile view.
 */
final class BatchRun {
  private static final int CHUNK = 512;

  private final Recommender recommender;
  private final Histories histories;
  private final int n;
  private final Exclusion exclusion;
  private final ConcurrentLinkedQueue<Chunk> spare = new ConcurrentLinkedQueue<>();
  private final long[] counts = new long[4];

  BatchRun(Recommender recommender, Histories histories, int n, Exclusion exclusion) {
    this.recommender = recommender;
    this.histories = histories;
    this.n = n;
    this.exclusion = exclusion;
  }

  BatchSummary run(int threads, RecommendationSink sink) {
    long start = System.nanoTime();
    int chunks = (histories.size() + CHUNK - 1) / CHUNK;
    if (threads == 1 || chunks <= 1) {
      Chunk c = new Chunk();
      for (int k = 0; k < chunks; k++) {
        fill(c, k);
        emit(c, sink);
      }
    } else {
      parallel(threads, chunks, sink);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new BatchSummary(
        histories.size(),
        counts[Selector.MODEL],
        counts[Selector.FILLED],
        counts[Selector.FALLBACK],
        counts[Selector.NONE],
        seconds);
  }

  private void parallel(int threads, int chunks, RecommendationSink sink) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "tailor-recommend");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    int next = 0;
    try {
      while (next < chunks || !inFlight.isEmpty()) {
        while (next < chunks && inFlight.size() < threads * 2) {
          int k = next++;
          inFlight.add(pool.submit(() -> fill(take(), k)));
        }
        Chunk c = inFlight.poll().get();
        emit(c, sink);
        spare.add(c);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "recommending was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new TailorException(ErrorCode.RUNTIME, "recommending failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Chunk take() {
    Chunk c = spare.poll();
    return c == null ? new Chunk() : c;
  }

  /** Scores chunk {@code k}'s customers into {@code c}. */
  private Chunk fill(Chunk c, int k) {
    Selector s = recommender.acquire();
    try {
      int from = k * CHUNK;
      c.count = Math.min(CHUNK, histories.size() - from);
      c.first = from;
      for (int q = 0; q < c.count; q++) {
        UserProfile p = histories.profile(from + q);
        s.excluded.clear();
        histories.exclude(from + q, p, exclusion, s.excluded);
        s.select(p, n);
        c.store(q, s);
      }
      return c;
    } finally {
      recommender.release(s);
    }
  }

  private void emit(Chunk c, RecommendationSink sink) {
    for (int q = 0; q < c.count; q++) {
      c.cursor = q;
      counts[c.source[q]]++;
      sink.accept(c);
    }
  }

  /** The lists of one chunk of customers; replayed to the sink as rows. */
  private final class Chunk implements RecommendationRow {
    final String[] ids = new String[CHUNK * n];
    final float[] scores = new float[CHUNK * n];
    final int[] size = new int[CHUNK];
    final byte[] source = new byte[CHUNK];
    final boolean[] answered = new boolean[CHUNK];
    final boolean[] excluded = new boolean[CHUNK];
    int first;
    int count;
    int cursor;

    void store(int q, Selector s) {
      size[q] = s.size();
      source[q] = (byte) s.source();
      answered[q] = s.answered();
      excluded[q] = !s.excluded.isEmpty();
      for (int r = 0; r < s.size(); r++) {
        ids[q * n + r] = s.productId(r);
        scores[q * n + r] = s.score(r);
      }
    }

    @Override
    public String customerId() {
      return histories.customerId(first + cursor);
    }

    @Override
    public int size() {
      return size[cursor];
    }

    @Override
    public String productId(int r) {
      return ids[cursor * n + r];
    }

    @Override
    public float score(int r) {
      return scores[cursor * n + r];
    }

    @Override
    public String servedBy() {
      return recommender.servedBy(source[cursor]);
    }

    @Override
    public Optional<String> note() {
      return recommender.note(source[cursor], answered[cursor], size[cursor], n, excluded[cursor]);
    }
  }
}
