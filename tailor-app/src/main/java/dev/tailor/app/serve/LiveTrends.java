package dev.tailor.app.serve;

import dev.tailor.core.event.Event;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.hybrid.HybridModel;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.recommend.Recommender;
import dev.tailor.reco.trending.LiveTrending;
import dev.tailor.reco.trending.TrendingModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Live trending counters for the model serving {@code /v1/recommendations}: when it is {@code
 * trending}, or a {@code hybrid} with a trending component, every tracked event is counted, and on
 * each watcher tick the serving recommender is rebuilt with the counted events (off the request
 * path; requests pick up the new one atomically).
 */
final class LiveTrends {
  /** What is being counted for which recommender. */
  private record Live(Recommender source, LiveTrending counters, Recommender current, long round) {}

  private final WeightScheme weights;
  private final Clock clock;
  private volatile Live live;

  LiveTrends(WeightScheme weights, Clock clock) {
    this.weights = weights;
    this.clock = clock;
  }

  /** Starts counting for {@code r} (a newly loaded model); stops counting for the previous one. */
  void follow(Recommender r) {
    Optional<LiveTrending> counters = trending(r.model()).flatMap(t -> LiveTrending.of(t, weights));
    live = counters.map(c -> new Live(r, c, r, 0)).orElse(null);
  }

  /** Counts the events for the serving model. */
  void add(List<Event> events) {
    Live l = live;
    if (l != null) {
      var now = clock.instant();
      for (Event e : events) {
        l.counters().add(e, now);
      }
    }
  }

  /** Rebuilds the serving recommender when events were counted since the last rebuild. */
  void refresh() {
    Live l = live;
    if (l == null || !l.counters().changed()) {
      return;
    }
    TrendingModel now = l.counters().snapshot();
    Model base = l.source().model();
    Model model = base instanceof HybridModel h ? h.withModel(l.counters().base(), now) : now;
    Recommender r =
        l.source()
            .fallback()
            .map(f -> new Recommender(model, f))
            .orElseGet(() -> new Recommender(model));
    Live next = new Live(l.source(), l.counters(), r, l.round() + 1);
    if (live == l) {
      live = next;
    }
  }

  /** The recommender to use for {@code r}: with the live counts when they follow it. */
  Recommender live(Recommender r) {
    Live l = live;
    return l != null && l.source() == r ? l.current() : r;
  }

  /** True when the live counts follow {@code r}, so its answers change as events are counted. */
  boolean follows(Recommender r) {
    Live l = live;
    return l != null && l.source() == r;
  }

  /** Changes each time the live counts change the serving model (part of a cached answer's key). */
  long round() {
    Live l = live;
    return l == null ? 0 : l.round();
  }

  private static Optional<TrendingModel> trending(Model m) {
    if (m instanceof TrendingModel t) {
      return Optional.of(t);
    }
    if (m instanceof HybridModel h) {
      return h.components().stream()
          .map(HybridModel.Component::model)
          .filter(TrendingModel.class::isInstance)
          .map(TrendingModel.class::cast)
          .findFirst();
    }
    return Optional.empty();
  }
}
