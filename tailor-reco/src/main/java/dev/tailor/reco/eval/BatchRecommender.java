package dev.tailor.reco.eval;

import dev.tailor.core.ErrorCode;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recommends the top {@code k} candidates to every evaluated customer, on {@code threads} workers
 * that claim customers in chunks. Each worker owns one score array and one exclusion set for the
 * whole run; a customer costs one profile and one top-k selection.
 */
final class BatchRecommender {
  private static final int CHUNK = 64;

  private final EvaluationSet set;
  private final Model model;
  private final ItemSpace space;
  private final int k;

  BatchRecommender(EvaluationSet set, Model model, int k) {
    this.set = set;
    this.model = model;
    this.space = ItemSpace.of(set, model);
    this.k = k;
  }

  RecommendationLists recommendAll(int threads) {
    RecommendationLists lists = new RecommendationLists(set.size(), k);
    AtomicInteger next = new AtomicInteger();
    int workers = Math.max(1, Math.min(threads, (set.size() + CHUNK - 1) / CHUNK));
    if (workers == 1) {
      work(lists, next);
      return lists;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> work(lists, next)));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
    return lists;
  }

  private void work(RecommendationLists lists, AtomicInteger next) {
    float[] scores = new float[space.modelSize()];
    BitSet excluded = space.notCandidates();
    for (int from = next.getAndAdd(CHUNK); from < set.size(); from = next.getAndAdd(CHUNK)) {
      int to = Math.min(set.size(), from + CHUNK);
      for (int i = from; i < to; i++) {
        recommend(i, lists, scores, excluded);
      }
    }
  }

  private void recommend(int i, RecommendationLists lists, float[] scores, BitSet excluded) {
    UserProfile profile = profile(set.customer(i));
    if (!model.score(profile, scores)) {
      lists.markUnscored(i);
      return;
    }
    for (int m : profile.items()) {
      excluded.set(m);
    }
    int[] top = TopN.select(scores, k, excluded);
    for (int m : profile.items()) {
      excluded.clear(m);
    }
    for (int r = 0; r < top.length; r++) {
      lists.put(i, r, space.toTrain(top[r]), scores[top[r]]);
    }
    lists.setLength(i, top.length);
  }

  /** The customer's training history in the model's item space. */
  private UserProfile profile(int customer) {
    Interactions train = set.train();
    int n = 0;
    int[] items = new int[train.rowLength(customer)];
    float[] weights = new float[items.length];
    for (int e = train.rowStart(customer); e < train.rowEnd(customer); e++) {
      int m = space.toModel(train.col(e));
      if (m >= 0) {
        items[n] = m;
        weights[n++] = train.value(e);
      }
    }
    if (n < items.length) {
      items = Arrays.copyOf(items, n);
      weights = Arrays.copyOf(weights, n);
    }
    return new UserProfile(train.users().idOf(customer), items, weights);
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new EvaluationException(ErrorCode.RUNTIME, "recommending failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvaluationException(ErrorCode.RUNTIME, "interrupted while recommending", e);
    }
  }
}
