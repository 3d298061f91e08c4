package dev.tailor.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Campaign plans worked out in the background for the plan page, which answers at once and polls
 * until the plan is ready: at most one planning per campaign at a time; the last plan (or its
 * failure) is kept until the page asks again.
 */
final class CampaignPlans {
  /**
   * How a planning ended.
   *
   * @param endedAt when
   * @param plan the plan, when it succeeded
   * @param error why it failed
   */
  record Outcome(Instant endedAt, Optional<CampaignPlan> plan, Optional<String> error) {}

  /**
   * One planning of a campaign.
   *
   * @param startedAt when it started
   * @param outcome completes when the planning ends
   */
  record Job(Instant startedAt, CompletableFuture<Outcome> outcome) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService pool;

  CampaignPlans(Clock clock) {
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "campaign-plan-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts planning campaign {@code id} with {@code work}, unless a planning of it is going. */
  Job start(String id, Supplier<CampaignPlan> work) {
    return jobs.compute(
        id,
        (k, old) ->
            old != null && !old.outcome().isDone()
                ? old
                : new Job(clock.instant(), CompletableFuture.supplyAsync(() -> plan(work), pool)));
  }

  private Outcome plan(Supplier<CampaignPlan> work) {
    try {
      CampaignPlan plan = work.get();
      return new Outcome(clock.instant(), Optional.of(plan), Optional.empty());
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Outcome(clock.instant(), Optional.empty(), Optional.of(why));
    }
  }

  /** What the plan page shows of {@code job}. */
  CampaignPlanView view(String id, Job job) {
    Outcome o = job.outcome().getNow(null);
    if (o == null) {
      long seconds = Duration.between(job.startedAt(), clock.instant()).toSeconds();
      return new CampaignPlanView(id, false, seconds, Optional.empty(), Optional.empty());
    }
    long seconds = Duration.between(job.startedAt(), o.endedAt()).toSeconds();
    return new CampaignPlanView(id, true, seconds, o.plan(), o.error());
  }

  /** The last planning of campaign {@code id} started here. */
  Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }
}
