package dev.tailor.campaign.pipeline;

import dev.tailor.campaign.assign.Assigner;
import dev.tailor.campaign.assign.Assignment;
import dev.tailor.campaign.audience.AudienceFilter;
import dev.tailor.campaign.schedule.SendTimes;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.campaign.spec.HoldoutSpec;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.core.suppression.SuppressionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Chooses the recipients: pages through customers, applies consent, the audience conditions and the
 * pilot share, then per chunk the suppression list and the frequency cap, assigns holdout and
 * variant, computes due times (and decisions when they are made at build time), and stores one
 * message record per recipient. Planning is idempotent: message ids and assignments are functions
 * of (campaign, customer), and records already stored are left alone.
 */
final class Planner {
  /** Events read per customer for audience conditions and decisions. */
  static final int EVENTS_PER_CUSTOMER = 1_000;

  private final Store store;
  private final CampaignSetup setup;
  private final PipelineSettings settings;
  private final Instant now;
  private final boolean full;

  /**
   * @param full true to plan the whole audience, false to plan only the pilot share
   */
  Planner(Store store, CampaignSetup setup, PipelineSettings settings, Instant now, boolean full) {
    this.store = store;
    this.setup = setup;
    this.settings = settings;
    this.now = now;
    this.full = full;
  }

  /** Plans every recipient; stores their records when {@code write}. */
  PlanReport plan(boolean write) {
    return plan(write, null, () -> {});
  }

  /**
   * Plans every recipient and stores their records; when {@code deliver} is not null, each chunk's
   * new messages that are due now go straight on to it (with the customers and decisions in hand),
   * so planning and delivery stream together. {@code eachPage} runs on the calling thread before
   * each page of customers (to renew the run's lease).
   */
  PlanReport plan(boolean write, Consumer<List<Deliverer.Due>> deliver, Runnable eachPage) {
    CampaignSpec spec = setup.spec();
    Assigner assigner =
        new Assigner(
            spec.key(), spec.pilot(), spec.holdout().share(), spec.variants(), spec.promoted());
    AudienceFilter filter = new AudienceFilter(spec.audience(), now);
    SendTimes times = new SendTimes(spec.sendTime());
    PlanReport report = new PlanReport();
    try (Workers workers = new Workers(settings.threads())) {
      String after = "";
      while (true) {
        List<Customer> page = store.customers().page(after, settings.chunk());
        if (page.isEmpty()) {
          break;
        }
        after = page.get(page.size() - 1).id();
        eachPage.run();
        workers.submit(() -> planChunk(page, assigner, filter, times, report, write, deliver));
      }
      workers.drain();
    }
    return report;
  }

  /** A customer in the audience, with their events once read (null until then). */
  private static final class Candidate {
    final Customer customer;
    final Assignment assignment;
    List<Event> events;
    Decision decision;

    Candidate(Customer customer, Assignment assignment, List<Event> events) {
      this.customer = customer;
      this.assignment = assignment;
      this.events = events;
    }

    Customer customer() {
      return customer;
    }

    Assignment assignment() {
      return assignment;
    }
  }

  /** Reads the events of the candidates that have none yet, in one query for all of them. */
  private void readEvents(List<Candidate> xs) {
    List<Candidate> missing = xs.stream().filter(x -> x.events == null).toList();
    if (missing.isEmpty()) {
      return;
    }
    Map<String, List<Event>> history =
        ChunkReads.events(store, missing.stream().map(x -> x.customer().id()).toList());
    for (Candidate x : missing) {
      x.events = history.get(x.customer().id());
    }
  }

  /** The customer's events, read once. */
  private List<Event> events(Candidate x) {
    if (x.events == null) {
      x.events = store.events().recentForCustomer(x.customer.id(), EVENTS_PER_CUSTOMER);
    }
    return x.events;
  }

  private void planChunk(
      List<Customer> page,
      Assigner assigner,
      AudienceFilter filter,
      SendTimes times,
      PlanReport report,
      boolean write,
      Consumer<List<Deliverer.Due>> deliver) {
    CampaignSpec spec = setup.spec();
    report.considered(page.size());
    List<Candidate> kept = new ArrayList<>();
    for (Customer c : page) {
      Assignment a = assigner.assign(c.id());
      if (!full && !a.pilot()) {
        report.excluded("outside_pilot");
        continue;
      }
      Optional<String> why = filter.exclusionBeforeHistory(c);
      if (why.isPresent()) {
        report.excluded(why.get());
        continue;
      }
      kept.add(new Candidate(c, a, null));
    }
    boolean decideNow = spec.decideAt() == CampaignSpec.DecideAt.BUILD || !write;
    if (filter.needsEvents() || times.needsEvents()) {
      // the audience or the send time reads every candidate's history: one query for the chunk
      readEvents(kept);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Candidate x : kept) {
      Optional<String> why =
          filter.needsEvents() ? filter.historyExclusion(events(x)) : Optional.empty();
      if (why.isPresent()) {
        report.excluded(why.get());
        continue;
      }
      candidates.add(x);
    }
    List<String> ids = candidates.stream().map(x -> x.customer().id()).toList();
    Map<String, SuppressionReason> listed = store.suppressions().reasonsFor(ids);
    Map<String, Integer> recent =
        spec.frequencyCap().enabled()
            ? store
                .messages()
                .sentSince(ids, now.minus(Duration.ofDays(spec.frequencyCap().days())))
            : Map.of();
    if (decideNow) {
      decideAll(candidates, listed, recent);
    }
    List<Message> messages = new ArrayList<>();
    List<Deliverer.Due> due = new ArrayList<>();
    for (Candidate x : candidates) {
      Planned p = message(x, listed, recent, times, report, write);
      Message m = p.message();
      messages.add(m);
      if (m.state() == MessageState.PLANNED && !m.sendAt().isAfter(now)) {
        due.add(new Deliverer.Due(m, x.customer(), p.decision()));
      }
    }
    if (write) {
      int stored = store.messages().planAll(messages);
      report.planned(stored);
      // Only when every record is new do they hold exactly what was planned here; otherwise the
      // delivery pass reads the stored records back.
      if (deliver != null && stored == messages.size() && !due.isEmpty()) {
        deliver.accept(due);
      }
    }
  }

  /** Decides for the chunk's recipients one by one, reading their earlier sends in one query. */
  private void decideAll(
      List<Candidate> candidates,
      Map<String, SuppressionReason> listed,
      Map<String, Integer> recent) {
    List<Candidate> recipients = new ArrayList<>();
    for (Candidate x : candidates) {
      if (stop(x, listed, recent) == null) {
        recipients.add(x);
      }
    }
    if (recipients.isEmpty()) {
      return;
    }
    // only the recipients' histories and earlier sends are read for the decisions: held-out and
    // suppressed candidates get none
    readEvents(recipients);
    SentDecisions.Scope sends =
        ChunkReads.sends(setup, recipients.stream().map(x -> x.customer().id()).toList(), now);
    try {
      for (Candidate x : recipients) {
        Customer c = x.customer();
        x.decision =
            setup.engine(x.assignment().variant()).decide(c.id(), c.firstName(), events(x));
      }
    } finally {
      sends.close();
    }
  }

  /** Why a candidate gets no email (its state and detail), or null for a recipient. */
  private record Stop(MessageState state, String detail) {}

  private Stop stop(
      Candidate x, Map<String, SuppressionReason> listed, Map<String, Integer> recent) {
    CampaignSpec spec = setup.spec();
    SuppressionReason reason = listed.get(x.customer().id());
    if (reason != null) {
      return new Stop(MessageState.SUPPRESSED, reason.wireName());
    }
    if (spec.frequencyCap().enabled()
        && recent.getOrDefault(x.customer().id(), 0) >= spec.frequencyCap().max()) {
      return new Stop(MessageState.SUPPRESSED, "frequency_cap");
    }
    if (x.assignment().holdout() && spec.holdout().treatment() == HoldoutSpec.Treatment.NO_EMAIL) {
      return new Stop(MessageState.HELD_OUT, "holdout");
    }
    return null;
  }

  /** A message record and the decision made for it at build time (null otherwise). */
  private record Planned(Message message, Decision decision) {}

  private Planned message(
      Candidate x,
      Map<String, SuppressionReason> listed,
      Map<String, Integer> recent,
      SendTimes times,
      PlanReport report,
      boolean write) {
    CampaignSpec spec = setup.spec();
    Customer c = x.customer();
    Assignment a = x.assignment();
    MessageState state = MessageState.PLANNED;
    Optional<String> detail = Optional.empty();
    Optional<String> decision = Optional.empty();
    Decision decided = null;
    Stop stop = stop(x, listed, recent);
    if (stop != null) {
      state = stop.state();
      detail = Optional.of(stop.detail());
      if (state == MessageState.HELD_OUT) {
        report.holdOut();
      } else {
        report.suppressed(stop.detail());
      }
    } else {
      report.recipient(a.variant());
      boolean decideNow = spec.decideAt() == CampaignSpec.DecideAt.BUILD || !write;
      if (decideNow) {
        Decision d = Objects.requireNonNull(x.decision, "decided with the chunk");
        report.decided(a.variant(), d);
        if (spec.decideAt() == CampaignSpec.DecideAt.BUILD) {
          decision = Optional.of(DecisionJson.write(d));
          decided = d;
        }
      }
    }
    Message m =
        Message.planned(
            a.messageId(),
            spec.key(),
            c.id(),
            a.variant(),
            a.holdout(),
            state,
            times.dueAt(c, () -> events(x), now),
            decision,
            detail,
            now);
    return new Planned(m, decided);
  }
}
