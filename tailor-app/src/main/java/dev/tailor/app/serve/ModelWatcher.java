package dev.tailor.app.serve;

import dev.tailor.app.reco.Serving;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.store.Store;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.recommend.ProfileBuilder;
import dev.tailor.reco.recommend.Recommender;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model serving {@code /v1/recommendations} without a strategy: the newest snapshot of any
 * algorithm. A background thread checks the model folder every {@code poll}; a newer snapshot is
 * loaded there, off the request path, and swapped in atomically. A request reads the reference once
 * and finishes on the model it started with, so a swap never fails or mixes requests.
 */
final class ModelWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ModelWatcher.class);

  /** A loaded snapshot ready to serve. */
  record Loaded(
      Serving serving, Recommender recommender, ProfileBuilder profiles, String version) {}

  private final Wiring wiring;
  private final Store store;
  private final WeightScheme weights;
  private final AtomicReference<Loaded> current = new AtomicReference<>();
  private final List<Runnable> ticks = new CopyOnWriteArrayList<>();
  private final List<Consumer<Loaded>> swaps = new CopyOnWriteArrayList<>();
  private final Object loading = new Object();
  private ScheduledExecutorService timer;

  ModelWatcher(Wiring wiring, Store store, WeightScheme weights) {
    this.wiring = wiring;
    this.store = store;
    this.weights = weights;
  }

  /** Runs {@code action} with each newly swapped-in model (on the watcher's thread). */
  void onSwap(Consumer<Loaded> action) {
    swaps.add(action);
  }

  /** Runs {@code action} on every check, after the model check (on the watcher's thread). */
  void onTick(Runnable action) {
    ticks.add(action);
  }

  /** The model now serving. */
  Optional<Loaded> current() {
    return Optional.ofNullable(current.get());
  }

  /**
   * The model now serving; loads the newest one first when none is loaded yet.
   *
   * @throws TailorException {@code NOT_FOUND} when no model is trained
   */
  Loaded get() {
    Loaded m = current.get();
    if (m != null) {
      return m;
    }
    check();
    m = current.get();
    if (m == null) {
      throw new TailorException(
          ErrorCode.NOT_FOUND,
          "no trained model in " + wiring.snapshots().root() + "; run `tailor train` first");
    }
    return m;
  }

  /**
   * Loads and swaps in the newest snapshot when it is not the one serving; returns whether it
   * swapped. One check runs at a time.
   */
  boolean check() {
    synchronized (loading) {
      Optional<String> newest = newestVersion();
      Loaded m = current.get();
      if (newest.isEmpty() || m != null && newest.get().equals(m.version())) {
        return false;
      }
      Serving s = Serving.load(wiring, null);
      Loaded next = new Loaded(s, s.recommender(store), s.profiles(weights), s.describe());
      current.set(next);
      LOG.info("serving recommendations from {}", next.version());
      swaps.forEach(a -> a.accept(next));
      return true;
    }
  }

  /** Starts checking every {@code poll} (nothing when zero). */
  synchronized void start(Duration poll) {
    if (poll.isZero() || timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tailor-model-watch");
              t.setDaemon(true);
              return t;
            });
    long ms = Math.max(1, poll.toMillis());
    timer.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.warn(
          "checking for a newer model failed (still serving the loaded one): {}", e.toString());
    }
    for (Runnable r : ticks) {
      try {
        r.run();
      } catch (RuntimeException e) {
        LOG.warn("refreshing live recommendations failed: {}", e.toString());
      }
    }
  }

  private Optional<String> newestVersion() {
    return wiring.snapshots().list().stream()
        .filter(i -> i.header().isPresent())
        .max(Comparator.comparing(i -> i.header().get().createdAt()))
        .map(i -> i.algorithm() + " " + i.version());
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
