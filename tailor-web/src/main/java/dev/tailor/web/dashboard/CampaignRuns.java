package dev.tailor.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign runs started from the dashboard, in the background: at most one per campaign at a time
 * in this server (the store's campaign lease keeps other processes out too).
 */
final class CampaignRuns {
  private static final Logger LOG = LoggerFactory.getLogger(CampaignRuns.class);

  /**
   * The last run of a campaign started here.
   *
   * @param startedAt when it started
   * @param endedAt when it ended (empty while running)
   * @param summary what it did, once done
   * @param error why it failed
   */
  record Run(
      Instant startedAt,
      Optional<Instant> endedAt,
      Optional<String> summary,
      Optional<String> error) {
    boolean running() {
      return endedAt.isEmpty();
    }
  }

  private final Clock clock;
  private final ConcurrentHashMap<String, Run> runs = new ConcurrentHashMap<>();
  private final ExecutorService pool;

  CampaignRuns(Clock clock) {
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "campaign-run-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts {@code work} for campaign {@code id} unless a run of it is going; true if started. */
  boolean start(String id, Supplier<String> work) {
    AtomicBoolean started = new AtomicBoolean();
    runs.compute(
        id,
        (k, old) -> {
          if (old != null && old.running()) {
            return old;
          }
          started.set(true);
          return new Run(clock.instant(), Optional.empty(), Optional.empty(), Optional.empty());
        });
    if (!started.get()) {
      return false;
    }
    Instant at = runs.get(id).startedAt();
    pool.execute(
        () -> {
          Run done;
          try {
            String summary = work.get();
            done =
                new Run(at, Optional.of(clock.instant()), Optional.of(summary), Optional.empty());
          } catch (RuntimeException e) {
            LOG.warn("campaign {} failed: {}", id, e.getMessage());
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            done = new Run(at, Optional.of(clock.instant()), Optional.empty(), Optional.of(why));
          }
          runs.put(id, done);
        });
    return true;
  }

  Optional<Run> find(String id) {
    return Optional.ofNullable(runs.get(id));
  }
}
