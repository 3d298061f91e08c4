package dev.tailor.app.serve;

import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.store.Store;
import dev.tailor.reco.model.TrainingData;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One decision engine per strategy file, built on first use and rebuilt when the file changes, when
 * the catalog changes, or (in the background, by the {@link ModelWatcher}'s thread, swapped in
 * atomically) when a newer snapshot of one of its algorithms appears.
 */
final class StrategyEngines {
  private static final Logger LOG = LoggerFactory.getLogger(StrategyEngines.class);

  /** A ready engine and what it was built from. */
  record Engine(
      DecisionEngine engine,
      ModelSet models,
      Map<String, String> versions,
      Instant fileTime,
      Optional<Instant> newest) {
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

  /** What a request needs from an engine. */
  record PublicEngine(DecisionEngine engine, List<String> models, Optional<Instant> newest) {}

  /**
   * An engine for a strategy not saved yet (the dashboard's live preview). The models are loaded
   * once per set of algorithms and snapshot versions, so editing and previewing again is quick.
   */
  DecisionEngine preview(StrategySpec spec) {
    Map<String, String> versions = new TreeMap<>();
    for (String a : spec.algorithms()) {
      versions.put(a, wiring.snapshots().latestVersion(a).orElse("trained now"));
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
      versions.put(a, wiring.snapshots().latestVersion(a).orElse("trained now"));
      Optional<Instant> created =
          wiring.snapshots().list(a).stream()
              .flatMap(i -> i.header().stream())
              .map(h -> h.createdAt())
              .max(Instant::compareTo);
      if (created.isPresent() && (newest == null || created.get().isAfter(newest))) {
        newest = created.get();
      }
    }
    DecisionEngine engine =
        new DecisionEngine(spec, models, catalog.get(), DecisionEngine.Settings.of(clock));
    return new Engine(engine, models, versions, fileTime, Optional.ofNullable(newest));
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
