package dev.tailor.campaign.pipeline;

import dev.tailor.campaign.spec.CampaignParser;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.campaign.spec.DeliverySpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs campaigns: {@link #plan} (a dry run), {@link #run} (plan, then deliver what is due) and
 * {@link #resume} (continue after a crash or when scheduled messages fall due). One runner at a
 * time holds a campaign's lease; every message moves by compare-and-set, so a message is handed to
 * the transport by one runner only, and a re-run of a finished campaign sends nothing twice.
 */
public final class CampaignRunner {
  /** States a delivery pass picks up. */
  static final Set<MessageState> OPEN =
      EnumSet.of(MessageState.PLANNED, MessageState.RENDERED, MessageState.DEFERRED);

  private final Store store;
  private final Clock clock;
  private final PipelineSettings settings;
  private final Consumer<String> notes;

  /**
   * @param notes progress lines for the user (stderr in the command)
   */
  public CampaignRunner(
      Store store, Clock clock, PipelineSettings settings, Consumer<String> notes) {
    this.store = store;
    this.clock = clock;
    this.settings = settings;
    this.notes = notes;
  }

  /** Who would get what, without writing or sending anything. */
  public PlanReport plan(CampaignSetup setup, boolean full) {
    return new Planner(store, setup, settings, clock.instant(), full).plan(false);
  }

  /** What a run or resumption did. */
  public record Outcome(
      String campaignId,
      CampaignStatus status,
      Optional<PlanReport> plan,
      DeliveryReport delivery,
      Optional<Instant> nextDue) {}

  /**
   * Plans the campaign (recipients already planned under this key keep their records) and delivers
   * every due message. With {@code full} false and a pilot share below 1, only the pilot is
   * planned.
   */
  public Outcome run(CampaignSetup setup, MailTransport transport, boolean full, String source) {
    CampaignSpec spec = setup.spec();
    Instant now = clock.instant();
    Campaign c =
        new Campaign(
            spec.key(),
            spec.name(),
            CampaignStatus.PLANNING,
            spec.variants(),
            spec.holdout().share(),
            spec.text(),
            source,
            now,
            now);
    String token = UUID.randomUUID().toString();
    Optional<Campaign> existing = store.campaigns().findById(spec.key());
    if (existing.isEmpty()) {
      store.campaigns().save(c);
    } else {
      refuseToUndoAPromotion(existing.get(), spec);
    }
    lease(spec.key(), token, false);
    try {
      store.campaigns().save(c);
      return execute(setup, transport, token, true, full);
    } finally {
      store.campaigns().releaseLease(spec.key(), token);
    }
  }

  /**
   * Continues a campaign: plans it again if planning was interrupted, settles messages left in
   * doubt by a crashed run (per {@code delivery.in_doubt}), then delivers every due message.
   *
   * @param takeover take the lease even when its holder renewed it recently (the holder is known to
   *     be dead)
   */
  public Outcome resume(CampaignSetup setup, MailTransport transport, boolean takeover) {
    String id = setup.spec().key();
    Campaign c =
        store
            .campaigns()
            .findById(id)
            .orElseThrow(() -> new TailorException(ErrorCode.NOT_FOUND, "no campaign " + id));
    String token = UUID.randomUUID().toString();
    lease(id, token, takeover);
    try {
      boolean replan = c.status() == CampaignStatus.PLANNING;
      return execute(setup, transport, token, replan, true);
    } finally {
      store.campaigns().releaseLease(id, token);
    }
  }

  /**
   * A promoted campaign keeps its winner: running it again from a file without that {@code
   * promoted} would store the file and plan the rest of the audience by the weights.
   */
  private static void refuseToUndoAPromotion(Campaign stored, CampaignSpec spec) {
    Optional<String> was;
    try {
      was = CampaignParser.parse(stored.spec(), stored.source(), spec.baseDir()).promoted();
    } catch (TailorException e) {
      return; // a stored file that no longer parses promoted nothing this run could undo
    }
    if (was.isPresent() && !was.equals(spec.promoted())) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "campaign "
              + spec.key()
              + " was promoted to variant "
              + was.get()
              + " and this file does not say so; continue it with `tailor campaign resume "
              + spec.key()
              + "` or add `promoted: "
              + was.get()
              + "` to the file");
    }
  }

  private void lease(String id, String token, boolean takeover) {
    Instant now = clock.instant();
    Instant staleBefore = takeover ? now.plusSeconds(1) : now.minus(settings.leaseTimeout());
    if (!store.campaigns().acquireLease(id, token, now, staleBefore)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "campaign "
              + id
              + " is being run by another process; wait until it ends (or "
              + settings.leaseTimeout().toSeconds()
              + " s after it died) or resume with --takeover if it is known to be dead");
    }
  }

  private Outcome execute(
      CampaignSetup setup, MailTransport transport, String token, boolean plan, boolean full) {
    String id = setup.spec().key();
    boolean planning = plan;
    try {
      Optional<PlanReport> planned = Optional.empty();
      DeliveryReport report = new DeliveryReport();
      Throttle throttle = new Throttle(setup.spec().throttle());
      Deliverer deliverer = new Deliverer(store, setup, transport, throttle, clock, report);
      if (plan) {
        setStatus(id, CampaignStatus.PLANNING);
        long start = System.nanoTime();
        // New messages due now are delivered as their chunk is planned (streaming); the passes
        // below pick up the rest (scheduled, deferred, or planned by an earlier run).
        PlanReport r =
            new Planner(store, setup, settings, clock.instant(), full)
                .plan(true, deliverer::deliverPlanned, () -> renew(id, token));
        notes.accept(
            String.format(
                java.util.Locale.ROOT,
                "planned %,d new messages of campaign %s in %.1f s (%,d of them sent meanwhile)",
                r.newlyPlanned(),
                id,
                (System.nanoTime() - start) / 1e9,
                report.count(MessageState.SENT)));
        planned = Optional.of(r);
      }
      planning = false;
      setStatus(id, CampaignStatus.SENDING);
      long deliverStart = System.nanoTime();
      settleInDoubt(setup, report);
      for (int pass = 0; pass <= settings.retryPasses(); pass++) {
        if (pass > 0) {
          boolean deferred =
              !store
                  .messages()
                  .page(id, EnumSet.of(MessageState.DEFERRED), clock.instant(), "", 1)
                  .isEmpty();
          if (!deferred) {
            break;
          }
          pause();
        }
        pass(id, token, deliverer);
      }
      notes.accept(
          String.format(
              java.util.Locale.ROOT,
              "delivered %,d messages of campaign %s in all, %.1f s after planning",
              report.count(MessageState.SENT),
              id,
              (System.nanoTime() - deliverStart) / 1e9));
      Optional<Instant> next = store.messages().nextDue(id, OPEN);
      CampaignStatus status = next.isEmpty() ? CampaignStatus.DONE : CampaignStatus.SENDING;
      setStatus(id, status);
      return new Outcome(id, status, planned, report, next);
    } catch (RuntimeException e) {
      // A run that broke while planning (and sending what it planned) stays PLANNING, so that
      // resume plans the rest; a run that broke later is FAILED until resumed.
      if (!planning) {
        setStatus(id, CampaignStatus.FAILED);
      }
      throw e;
    }
  }

  private void pass(String id, String token, Deliverer deliverer) {
    Instant dueBy = clock.instant();
    try (Workers workers = new Workers(settings.threads())) {
      String after = "";
      while (true) {
        List<Message> page = store.messages().page(id, OPEN, dueBy, after, settings.chunk());
        if (page.isEmpty()) {
          break;
        }
        after = page.get(page.size() - 1).id();
        renew(id, token);
        workers.submit(() -> deliverer.deliver(page));
      }
      workers.drain();
    }
  }

  private void renew(String id, String token) {
    if (!store.campaigns().renewLease(id, token, clock.instant())) {
      throw new TailorException(
          ErrorCode.RUNTIME, "campaign " + id + " was taken over by another runner; stopping");
    }
  }

  /**
   * Messages left in {@code SENDING} by a run that died: the transport may have taken them. With
   * {@code in_doubt: resend} they go back to {@code RENDERED} and are sent again under the same
   * message id (idempotent transports deliver them once); with {@code give_up} they fail.
   */
  private void settleInDoubt(CampaignSetup setup, DeliveryReport report) {
    String id = setup.spec().key();
    boolean resend = setup.spec().delivery().inDoubt() == DeliverySpec.InDoubt.RESEND;
    while (true) {
      List<Message> stuck =
          store
              .messages()
              .page(id, EnumSet.of(MessageState.SENDING), Instant.MAX, "", settings.chunk());
      if (stuck.isEmpty()) {
        return;
      }
      List<MessageUpdate> updates = new ArrayList<>();
      for (Message m : stuck) {
        updates.add(
            MessageUpdate.of(
                    m.id(),
                    MessageState.SENDING,
                    resend ? MessageState.RENDERED : MessageState.FAILED,
                    clock.instant())
                .withDetail(resend ? "in doubt after a crash: sent again" : "in_doubt"));
      }
      int n = store.messages().transition(updates).size();
      report.inDoubt(n);
      if (!resend) {
        report.moved(MessageState.FAILED, n);
      }
      notes.accept(
          n
              + " messages were in doubt after an interrupted run: "
              + (resend ? "resending" : "failed"));
    }
  }

  private void setStatus(String id, CampaignStatus next) {
    Campaign c = store.campaigns().findById(id).orElseThrow();
    if (c.status() != next) {
      store.campaigns().updateStatus(id, c.status(), next, clock.instant());
    }
  }

  private void pause() {
    try {
      Thread.sleep(settings.retryPause().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted");
    }
  }
}
