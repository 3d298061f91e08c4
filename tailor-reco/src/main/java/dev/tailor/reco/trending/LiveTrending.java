package dev.tailor.reco.trending;

import dev.tailor.core.event.Event;
import dev.tailor.reco.data.WeightScheme;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Trending counters that keep counting after training: each event added (a view, cart or purchase
 * that arrived through the API) adds its type weight to its product's recent count, and {@link
 * #snapshot} scores every product again with the trained formula, so a surge that starts after the
 * model was trained shows within seconds. The horizon does not slide until the next training: the
 * trained recent counts stay, and only events newer than the horizon before {@code now} are added.
 * Products the model does not know are ignored (they have no baseline). Thread-safe.
 */
public final class LiveTrending {
  private final TrendingModel base;
  private final TrendingModel.Counts counts;
  private final WeightScheme weights;
  private final float[] added;
  private boolean changed;

  private LiveTrending(TrendingModel base, WeightScheme weights) {
    this.base = base;
    this.counts = base.counts().orElseThrow();
    this.weights = Objects.requireNonNull(weights, "weights");
    this.added = new float[base.items().size()];
  }

  /**
   * Counters over {@code model} with the weights it was trained with; empty for a snapshot written
   * before trending models kept their counts (train again to get live counters).
   */
  public static Optional<LiveTrending> of(TrendingModel model, WeightScheme weights) {
    return model.counts().isPresent()
        ? Optional.of(new LiveTrending(model, weights))
        : Optional.empty();
  }

  /** The trained model these counters start from. */
  public TrendingModel base() {
    return base;
  }

  /**
   * Counts {@code e} when it names a known product, has a weight, and happened within the horizon
   * before {@code now}; returns whether it counted.
   */
  public boolean add(Event e, Instant now) {
    if (e.productId().isEmpty()) {
      return false;
    }
    double w = weights.weight(e.type());
    if (!(w > 0)) {
      return false;
    }
    long horizonMillis = counts.horizonHours() * 3_600_000L;
    if (e.timestamp().toEpochMilli() < now.toEpochMilli() - horizonMillis) {
      return false;
    }
    int i = base.items().indexOf(e.productId().get());
    if (i < 0) {
      return false;
    }
    synchronized (this) {
      added[i] += (float) w;
      changed = true;
    }
    return true;
  }

  /** True when events were counted since the last {@link #snapshot}. */
  public synchronized boolean changed() {
    return changed;
  }

  /** The trending model with every counted event included. */
  public TrendingModel snapshot() {
    float[] recent;
    synchronized (this) {
      recent = added.clone();
      changed = false;
    }
    int n = recent.length;
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      recent[i] += counts.recent()[i];
      scores[i] = (float) TrendingModel.score(recent[i], counts.expected()[i], counts.smoothing());
    }
    return new TrendingModel(
        base.items(),
        scores,
        new TrendingModel.Counts(
            recent, counts.expected(), counts.smoothing(), counts.horizonHours()));
  }
}
