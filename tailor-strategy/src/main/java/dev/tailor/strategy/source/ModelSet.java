package dev.tailor.strategy.source;

import dev.tailor.core.ErrorCode;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.ProfileBuilder;
import dev.tailor.reco.snapshot.Snapshot;
import dev.tailor.reco.snapshot.SnapshotStore;
import dev.tailor.strategy.StrategyException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The models a strategy needs, by algorithm, each with the weight scheme and reference time its
 * customer histories are built with. Rankings of models that ignore the customer ({@code popular},
 * {@code trending}) are computed once and shared.
 */
public final class ModelSet {
  /** Algorithms cheap enough to train on the fly when no snapshot exists (seconds). */
  public static final Set<String> CHEAP = Set.of("popular", "trending", "copurchase", "itemknn");

  private final Map<String, Served> models;

  /** One model ready to serve. */
  record Served(Model model, ProfileBuilder profiles, Instant reference, int[] globalOrder) {}

  private ModelSet(Map<String, Served> models) {
    this.models = models;
  }

  /**
   * Serves the given models (tests, benchmarks); histories use {@code weights} and {@code
   * reference}.
   */
  public static ModelSet of(Map<String, Model> models, WeightScheme weights, Instant reference) {
    Map<String, Served> out = new LinkedHashMap<>();
    models.forEach((name, m) -> out.put(name, served(m, weights, reference)));
    return new ModelSet(out);
  }

  /**
   * The latest snapshot of each algorithm. A missing one is trained now from {@code data} when it
   * is cheap and {@code data} is given (saying so to {@code notes}); otherwise the load fails
   * naming {@code tailor train --algorithm X}.
   */
  public static ModelSet load(
      SnapshotStore snapshots,
      Set<String> algorithms,
      Optional<Supplier<TrainingData>> data,
      Consumer<String> notes) {
    Map<String, Served> out = new LinkedHashMap<>();
    TrainingData[] loaded = new TrainingData[1];
    for (String a : algorithms) {
      Optional<Snapshot> s = snapshots.latest(a);
      if (s.isPresent()) {
        Snapshot snap = s.get();
        Instant ref = snap.header().data().last().orElse(snap.header().createdAt());
        out.put(a, served(snap.model(), snap.header().config().weights(), ref));
      } else if (CHEAP.contains(a) && data.isPresent()) {
        if (loaded[0] == null) {
          loaded[0] = data.get().get();
        }
        notes.accept(
            "no trained " + a + " model in " + snapshots.root() + "; training one now (not saved)");
        Model m = Algorithms.trainer(a, AlgorithmParams.DEFAULTS).train(loaded[0]);
        out.put(a, served(m, loaded[0].weights(), loaded[0].reference()));
      } else {
        throw new StrategyException(
            ErrorCode.NOT_FOUND,
            "the strategy needs a trained "
                + a
                + " model and "
                + snapshots.root()
                + " has none; run `tailor train --algorithm "
                + a
                + "` first");
      }
    }
    return new ModelSet(out);
  }

  /**
   * This set with {@code algorithm}'s model replaced by {@code model} (a trending model with live
   * counts, say), whose customer histories keep the weights and reference time of the model it
   * replaces; {@code model} must rank the same items, in the same index.
   *
   * @throws IllegalArgumentException when {@code model} knows other items
   * @throws IllegalStateException when {@code algorithm} is not served
   */
  public ModelSet with(String algorithm, Model model) {
    Served old = get(algorithm);
    if (model.items() != old.model().items()
        && !model.items().ids().equals(old.model().items().ids())) {
      throw new IllegalArgumentException(
          "the new " + algorithm + " model must rank the items of the one it replaces");
    }
    Map<String, Served> out = new LinkedHashMap<>(models);
    out.put(algorithm, served(model, old.profiles(), old.reference()));
    return new ModelSet(out);
  }

  private static Served served(Model m, WeightScheme weights, Instant reference) {
    return served(m, new ProfileBuilder(m.items(), weights), reference);
  }

  private static Served served(Model m, ProfileBuilder profiles, Instant reference) {
    int[] global = null;
    if (m.algorithm().equals("popular") || m.algorithm().equals("trending")) {
      float[] scores = new float[m.items().size()];
      m.score(UserProfile.cold("-"), scores);
      global = Ranking.sorted(scores);
    }
    return new Served(m, profiles, reference, global);
  }

  Served get(String algorithm) {
    Served s = models.get(algorithm);
    if (s == null) {
      throw new IllegalStateException("model " + algorithm + " was not loaded");
    }
    return s;
  }

  /** The algorithms served. */
  public java.util.Set<String> algorithms() {
    return models.keySet();
  }

  public Optional<Model> find(String algorithm) {
    return Optional.ofNullable(models.get(algorithm)).map(Served::model);
  }

  /** Algorithm → description, for logs. */
  public Map<String, String> describe() {
    Map<String, String> out = new HashMap<>();
    models.forEach((k, v) -> out.put(k, v.model().items().size() + " items"));
    return out;
  }
}
