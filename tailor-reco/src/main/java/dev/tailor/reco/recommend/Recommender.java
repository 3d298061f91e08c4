package dev.tailor.reco.recommend;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.UserProfile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Recommends from a trained model: the {@code n} best-scored products (scores above 0) outside the
 * customer's exclusions. When the model cannot answer for a customer (no usable history) or scores
 * fewer than {@code n} products, an optional fallback model (typically {@code popular}) fills the
 * list; every short or empty list carries a note saying why. Thread-safe; score arrays are pooled
 * and reused.
 */
public final class Recommender {
  /** The largest list length. */
  public static final int MAX_N = 10_000;

  private final Model model;
  private final Optional<Model> fallback;
  private final int[] toFallback;
  private final ConcurrentLinkedQueue<Selector> spare = new ConcurrentLinkedQueue<>();

  /** Recommends from {@code model} alone. */
  public Recommender(Model model) {
    this(model, Optional.empty());
  }

  /** Recommends from {@code model}, completed by {@code fallback} (its items are mapped by id). */
  public Recommender(Model model, Model fallback) {
    this(model, Optional.of(fallback));
  }

  private Recommender(Model model, Optional<Model> fallback) {
    this.model = Objects.requireNonNull(model, "model");
    this.fallback = fallback;
    IdIndex items = model.items();
    IdIndex other = fallback.map(Model::items).orElse(items);
    this.toFallback = new int[items.size()];
    for (int i = 0; i < toFallback.length; i++) {
      toFallback[i] = other.indexOf(items.idOf(i));
    }
  }

  public Model model() {
    return model;
  }

  public Optional<Model> fallback() {
    return fallback;
  }

  /**
   * The best {@code n} products for {@code history}, skipping what {@code exclusion} says (by
   * default what the customer bought).
   */
  public Recommendations recommend(CustomerHistory history, int n, Exclusion exclusion) {
    Selector s = acquire();
    try {
      UserProfile p = history.profile();
      if (exclusion == Exclusion.INTERACTED) {
        mark(p.items(), s.excluded);
      }
      if (exclusion != Exclusion.NONE) {
        mark(history.purchased(), s.excluded);
      }
      return select(s, p, n);
    } finally {
      release(s);
    }
  }

  /** The best {@code n} products for {@code profile}, skipping the item indexes in {@code skip}. */
  public Recommendations recommend(UserProfile profile, int n, BitSet skip) {
    Selector s = acquire();
    try {
      if (skip != null) {
        s.excluded.or(skip);
      }
      return select(s, profile, n);
    } finally {
      release(s);
    }
  }

  /**
   * Recommends for every customer of {@code histories} on {@code threads} threads, handing each
   * list to {@code sink} in customer order.
   */
  public BatchSummary recommendAll(
      Histories histories, int n, Exclusion exclusion, int threads, RecommendationSink sink) {
    checkN(n);
    if (threads < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--threads must be ≥ 1");
    }
    return new BatchRun(this, histories, n, exclusion).run(threads, sink);
  }

  /**
   * A selector with an empty exclusion set, from a pool (not a thread-local, so that a replaced
   * recommender and its model can be collected while the threads that used it live on).
   */
  Selector acquire() {
    Selector s = spare.poll();
    if (s == null) {
      s = new Selector(this);
    }
    s.excluded.clear();
    return s;
  }

  void release(Selector s) {
    spare.offer(s);
  }

  private Recommendations select(Selector s, UserProfile profile, int n) {
    checkN(n);
    s.select(profile, n);
    List<Recommendation> items = new ArrayList<>(s.size());
    for (int r = 0; r < s.size(); r++) {
      items.add(new Recommendation(s.productId(r), r + 1, s.score(r)));
    }
    return new Recommendations(profile.customerId(), items, s.servedBy(), s.note());
  }

  private static void mark(int[] items, BitSet into) {
    for (int i : items) {
      if (i >= 0) {
        into.set(i);
      }
    }
  }

  private static void checkN(int n) {
    if (n < 1 || n > MAX_N) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "--n must be between 1 and " + MAX_N + ", not " + n);
    }
  }

  int[] toFallback() {
    return toFallback;
  }

  /** The profile in the fallback's item space (the same object when the spaces agree on it). */
  UserProfile mapToFallback(UserProfile p) {
    int[] items = p.items();
    int known = 0;
    boolean same = true;
    for (int i : items) {
      int f = i >= 0 && i < toFallback.length ? toFallback[i] : -1;
      known += f >= 0 ? 1 : 0;
      same &= f == i;
    }
    if (same) {
      return p;
    }
    int[] mapped = new int[known];
    float[] weights = new float[known];
    int k = 0;
    for (int q = 0; q < items.length; q++) {
      int f = items[q] >= 0 && items[q] < toFallback.length ? toFallback[items[q]] : -1;
      if (f >= 0) {
        mapped[k] = f;
        weights[k++] = p.weights()[q];
      }
    }
    return new UserProfile(p.customerId(), mapped, weights);
  }

  String servedBy(int source) {
    String f = fallback.map(Model::algorithm).orElse("none");
    return switch (source) {
      case Selector.FALLBACK -> f;
      case Selector.FILLED -> model.algorithm() + "+" + f;
      default -> model.algorithm();
    };
  }

  Optional<String> note(int source, boolean answered, int size, int n, boolean excluded) {
    String m = model.algorithm();
    String f = fallback.map(Model::algorithm).orElse("");
    String why =
        answered
            ? m
                + " scored few products above 0 for this customer"
                + (excluded ? " outside what they already have" : "")
            : m + " knows nothing usable about this customer (no history on its products)";
    return Optional.ofNullable(
        switch (source) {
          case Selector.MODEL ->
              size == n ? null : why + (fallback.isEmpty() ? " and no fallback is set" : "");
          case Selector.FILLED -> why + "; " + f + " filled the rest";
          case Selector.FALLBACK -> why + "; served by " + f;
          default ->
              why
                  + (fallback.isEmpty()
                      ? " and no fallback is set"
                      : "; " + f + " had nothing left to add either");
        });
  }
}
