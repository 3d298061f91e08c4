package dev.tailor.app.serve;

import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.trending.LiveTrending;
import dev.tailor.reco.trending.TrendingModel;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One decision engine per strategy file, built on first use and rebuilt when the file changes, when
 * the catalog changes, or (in the background, by the {@link ModelWatcher}'s thread, swapped in
 * atomically) when a newer snapshot of one of its algorithms appears.
 *
 * <p>A strategy with a {@code trending} source ranks with live counts: every tracked event is
 * counted over its trained trending model ({@link LiveTrending}), and on each watcher tick with new
 * counts its engine is rebuilt with them, so a surge shows in its decisions within seconds instead
 * of at the next training. Counts over a trained snapshot outlive rebuilds for a file or catalog
 * change and start again from the next trained snapshot.
 */
final class StrategyEngines {
  private static final Logger LOG = LoggerFactory.getLogger(StrategyEngines.class);
  private static final String TRENDING = "trending";
  private static final String TRAINED_NOW = "trained now";

  /** A ready engine and what it was built from. */
  record Engine(
      StrategySpec spec,
      DecisionEngine engine,
      ModelSet models,
      Map<String, String> versions,
      Instant fileTime,
      Optional<Instant> newest,
      Optional<LiveTrending> trending,
      long round) {
    List<String> modelsUsed() {
      List<String> out = new ArrayList<>();
      versions.forEach((a, v) -> out.add(a + " " + v));
      return out;
    }
  }

  private final Wiring wiring;
  private final Store store;
  private final StrategyFolder folder;
  private final Clock clock;
  private final Supplier<Map<String, Product>> catalog;
  private final ConcurrentHashMap<String, Engine> engines = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Map<String, String>, ModelSet> previewModels =
      new ConcurrentHashMap<>();
  private final WeightScheme weights;

  /** Live counts over a trained trending snapshot, by its version (only the latest is kept). */
  private final ConcurrentHashMap<String, LiveTrending> counted = new ConcurrentHashMap<>();

  /** The newest model of each live counter's counts (by identity: counters have no equals). */
  private final ConcurrentHashMap<LiveTrending, TrendingModel> counts = new ConcurrentHashMap<>();

  StrategyEngines(
      Wiring wiring,
      Store store,
      StrategyFolder folder,
      Clock clock,
      Supplier<Map<String, Product>> catalog) {
    this.wiring = wiring;
    this.store = store;
    this.folder = folder;
    this.clock = clock;
    this.catalog = catalog;
    this.weights = wiring.config().reco().weights();
  }

  /** The engine of strategy {@code name}, current with its file (and models, see the class). */
  PublicEngine get(String name) {
    Path file = folder.existing(name);
    Instant fileTime = modified(file);
    Engine e = engines.get(name);
    if (e == null || !e.fileTime().equals(fileTime)) {
      synchronized (this) {
        e = engines.get(name);
        if (e == null || !e.fileTime().equals(fileTime)) {
          e = build(StrategyParser.parse(file), fileTime, Optional.empty());
          engines.put(name, e);
        }
      }
    }
    return new PublicEngine(e.engine(), e.modelsUsed(), e.newest());
  }

  /**
   * Rebuilds, off the request path, every engine one of whose algorithms has a newer snapshot; a
   * request keeps the engine it started with.
   */
  void modelsChanged() {
    for (String name : List.copyOf(engines.keySet())) {
      Engine e = engines.get(name);
      if (e == null || !stale(e)) {
        continue;
      }
      try {
        Path file = folder.existing(name);
        Engine next = build(StrategyParser.parse(file), modified(file), Optional.empty());
        synchronized (this) {
          engines.replace(name, e, next);
        }
        LOG.info("strategy {} now decides with {}", name, next.modelsUsed());
      } catch (RuntimeException ex) {
        LOG.warn("strategy {} keeps its models: {}", name, ex.toString());
      }
    }
  }

  /** Counts tracked events for every strategy that ranks with live trending counts. */
  void add(List<Event> events) {
    Instant now = clock.instant();
    Set<LiveTrending> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Engine e : engines.values()) {
      e.trending()
          .filter(seen::add)
          .ifPresent(
              c -> {
                for (Event ev : events) {
                  c.add(ev, now);
                }
              });
    }
  }

  /**
   * Rebuilds, off the request path, every engine whose live trending counts changed since it was
   * built; a request keeps the engine it started with.
   */
  void refresh() {
    Map<LiveTrending, TrendingModel> snapshots = new IdentityHashMap<>();
    for (String name : List.copyOf(engines.keySet())) {
      Engine e = engines.get(name);
      if (e == null || e.trending().isEmpty()) {
        continue;
      }
      LiveTrending c = e.trending().get();
      TrendingModel now = snapshots.get(c);
      if (now == null) {
        if (!c.changed()) {
          continue;
        }
        now = c.snapshot();
        snapshots.put(c, now);
        counts.put(c, now);
      }
      try {
        ModelSet models = e.models().with(TRENDING, now);
        Engine next =
            new Engine(
                e.spec(),
                new DecisionEngine(
                    e.spec(), models, e.engine().catalog(), DecisionEngine.Settings.of(clock)),
                models,
                e.versions(),
                e.fileTime(),
                e.newest(),
                e.trending(),
                e.round() + 1);
        synchronized (this) {
          engines.replace(name, e, next);
        }
      } catch (RuntimeException ex) {
        LOG.warn("strategy {} keeps its trending counts of before: {}", name, ex.toString());
      }
    }
    Set<LiveTrending> used = Collections.newSetFromMap(new IdentityHashMap<>());
    engines.values().forEach(e -> e.trending().ifPresent(used::add));
    used.addAll(counted.values());
    counts.keySet().removeIf(c -> !used.contains(c));
  }

  /** What a request needs from an engine. */
  record PublicEngine(DecisionEngine engine, List<String> models, Optional<Instant> newest) {}

  /**
   * An engine for a strategy not saved yet (the dashboard's live preview). The models are loaded
   * once per set of algorithms and snapshot versions, so editing and previewing again is quick.
   */
  DecisionEngine preview(StrategySpec spec) {
    Map<String, String> versions = new TreeMap<>();
    for (String a : spec.algorithms()) {
      versions.put(a, wiring.snapshots().latestVersion(a).orElse(TRAINED_NOW));
    }
    ModelSet models = previewModels.get(versions);
    Engine e = build(spec, Instant.EPOCH, Optional.ofNullable(models));
    if (models == null) {
      if (previewModels.size() > 8) {
        previewModels.clear();
      }
      previewModels.put(versions, e.models());
    }
    return e.engine();
  }

  void catalogChanged() {
    engines.clear();
  }

  private Engine build(StrategySpec spec, Instant fileTime, Optional<ModelSet> known) {
    ModelSet models =
        known.orElseGet(
            () ->
                ModelSet.load(
                    wiring.snapshots(),
                    spec.algorithms(),
                    Optional.of(
                        () ->
                            TrainingData.fromStore(
                                store,
                                wiring.config().reco().weights(),
                                wiring.config().reco().window())),
                    LOG::info));
    Map<String, String> versions = new TreeMap<>();
    Instant newest = null;
    for (String a : spec.algorithms()) {
      versions.put(a, wiring.snapshots().latestVersion(a).orElse(TRAINED_NOW));
      Optional<Instant> created =
          wiring.snapshots().list(a).stream()
              .flatMap(i -> i.header().stream())
              .map(h -> h.createdAt())
              .max(Instant::compareTo);
      if (created.isPresent() && (newest == null || created.get().isAfter(newest))) {
        newest = created.get();
      }
    }
    Optional<LiveTrending> trending =
        known.isPresent() ? Optional.empty() : liveTrending(models, versions.get(TRENDING));
    if (trending.isPresent()) {
      models = models.with(TRENDING, counts.getOrDefault(trending.get(), trending.get().base()));
    }
    DecisionEngine engine =
        new DecisionEngine(spec, models, catalog.get(), DecisionEngine.Settings.of(clock));
    return new Engine(
        spec, engine, models, versions, fileTime, Optional.ofNullable(newest), trending, 0);
  }

  /**
   * The live counts over the trending model of {@code models}, if it has one that kept its counts:
   * those of the same trained snapshot when engines count on it already, else new ones (a model
   * trained on the fly gets its own).
   */
  private synchronized Optional<LiveTrending> liveTrending(ModelSet models, String version) {
    Optional<TrendingModel> t =
        models
            .find(TRENDING)
            .filter(TrendingModel.class::isInstance)
            .map(TrendingModel.class::cast);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    boolean trained = version != null && !version.equals(TRAINED_NOW);
    LiveTrending same = trained ? counted.get(version) : null;
    if (same != null && same.base().items().ids().equals(t.get().items().ids())) {
      return Optional.of(same);
    }
    Optional<LiveTrending> fresh = LiveTrending.of(t.get(), weights);
    if (trained && fresh.isPresent()) {
      counted.clear();
      counted.put(version, fresh.get());
    }
    return fresh;
  }

  private boolean stale(Engine e) {
    for (Map.Entry<String, String> v : e.versions().entrySet()) {
      Optional<String> latest = wiring.snapshots().latestVersion(v.getKey());
      if (latest.isPresent() && !latest.get().equals(v.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
