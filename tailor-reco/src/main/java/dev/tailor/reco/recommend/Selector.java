package dev.tailor.reco.recommend;

import dev.tailor.reco.model.BoundedHeap;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.UserProfile;
import java.util.BitSet;
import java.util.Optional;

/**
 * Reusable arrays (pooled by the recommender, used by one thread at a time) for picking a top n:
 * the score arrays of the model and of the fallback, the exclusion sets and the bounded heap. After
 * warm-up it allocates nothing but a mapped profile when the fallback's items differ from the
 * model's. Doubles as the row handed to sinks.
 */
final class Selector implements RecommendationRow {
  static final int NONE = 0;
  static final int MODEL = 1;
  static final int FILLED = 2;
  static final int FALLBACK = 3;

  private final Recommender owner;
  private final float[] scores;
  private final float[] fallbackScores;
  final BitSet excluded = new BitSet();
  private final BitSet fallbackExcluded = new BitSet();
  private BoundedHeap heap = new BoundedHeap(0);
  private int[] picked = new int[0];
  private int[] drained = new int[0];
  private float[] drainedScores = new float[0];
  private String[] ids = new String[0];
  private float[] outScores = new float[0];
  private int size;
  private int source;
  private boolean answered;
  private String customerId;

  Selector(Recommender owner) {
    this.owner = owner;
    this.scores = new float[owner.model().items().size()];
    this.fallbackScores =
        owner.fallback().map(f -> new float[f.items().size()]).orElse(new float[0]);
  }

  /** Picks up to {@code n} items for {@code profile}, skipping {@link #excluded} (model space). */
  void select(UserProfile profile, int n) {
    customerId = profile.customerId();
    ensure(n);
    size = 0;
    Model model = owner.model();
    answered = model.score(profile, scores);
    if (answered) {
      size = pick(scores, excluded, n, 0, model);
    }
    int fromModel = size;
    Optional<Model> fallback = owner.fallback();
    if (size < n && fallback.isPresent()) {
      fallbackExcluded.clear();
      int[] map = owner.toFallback();
      for (int i = excluded.nextSetBit(0); i >= 0; i = excluded.nextSetBit(i + 1)) {
        if (map[i] >= 0) {
          fallbackExcluded.set(map[i]);
        }
      }
      for (int r = 0; r < size; r++) {
        int f = map[picked[r]];
        if (f >= 0) {
          fallbackExcluded.set(f);
        }
      }
      if (fallback.get().score(owner.mapToFallback(profile), fallbackScores)) {
        size = pick(fallbackScores, fallbackExcluded, n - size, size, fallback.get());
      }
    }
    source = size == 0 ? NONE : fromModel == size ? MODEL : fromModel == 0 ? FALLBACK : FILLED;
  }

  /** Appends the best positive-scored items of {@code s} not in {@code skip}; returns the size. */
  private int pick(float[] s, BitSet skip, int n, int offset, Model from) {
    heap.clear();
    // Once the heap is full only scores above its worst can enter; items come in index order, so
    // an equal score (a later index) never would: the strict test is exact and mostly false.
    float floor = 0f;
    int capacity = heap.capacity();
    for (int i = 0; i < s.length; i++) {
      float v = s[i];
      if (v > floor && !skip.get(i)) {
        heap.offer(i, v);
        if (heap.size() == capacity) {
          floor = heap.worstScore();
        }
      }
    }
    int kept = Math.min(heap.drain(drained, drainedScores, 0), n);
    for (int r = 0; r < kept; r++) {
      picked[offset + r] = drained[r];
      ids[offset + r] = from.items().idOf(drained[r]);
      outScores[offset + r] = drainedScores[r];
    }
    return offset + kept;
  }

  private void ensure(int n) {
    if (heap.capacity() != n) {
      heap = new BoundedHeap(n);
      picked = new int[n];
      drained = new int[n];
      drainedScores = new float[n];
      ids = new String[n];
      outScores = new float[n];
    }
  }

  int source() {
    return source;
  }

  boolean answered() {
    return answered;
  }

  @Override
  public String customerId() {
    return customerId;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String productId(int r) {
    return ids[r];
  }

  @Override
  public float score(int r) {
    return outScores[r];
  }

  @Override
  public String servedBy() {
    return owner.servedBy(source);
  }

  @Override
  public Optional<String> note() {
    return owner.note(source, answered, size, heap.capacity(), !excluded.isEmpty());
  }
}
