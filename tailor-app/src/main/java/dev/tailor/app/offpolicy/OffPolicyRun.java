package dev.tailor.app.offpolicy;

import dev.tailor.app.cli.Output;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.campaign.pipeline.DecisionJson;
import dev.tailor.campaign.pipeline.SentClickFeedback;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import dev.tailor.insights.offpolicy.LoggedShow;
import dev.tailor.insights.offpolicy.OffPolicyEstimate;
import dev.tailor.insights.offpolicy.OffPolicyEstimator;
import dev.tailor.insights.offpolicy.OffPolicySettings;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.snapshot.SnapshotHeader;
import dev.tailor.reco.snapshot.SnapshotInfo;
import dev.tailor.strategy.decide.DecisionEngine;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Re-decides every sent message that logged a decision with a new strategy, at the logged
 * decision's time and from the customer's events before it, and estimates the click rate the new
 * strategy would have had. The new strategy's probability of showing a logged item in its slot is
 * the share of its decisions (one per exploration seed of {@code --draws}, or one without
 * exploration) that show the item there. What the customer had been emailed before is what was sent
 * before the logged decision.
 *
 * <p>The models are the current snapshots of the strategy's algorithms, not the ones current at
 * each send (the strategy's model set is built from the latest snapshots): when a model was trained
 * on events after a send, it may have learnt from that email's own clicks and the estimate can be
 * optimistic. The run says how many scored sends are older than the newest event the models were
 * trained on.
 */
public final class OffPolicyRun {
  /** What was asked: the strategy file, the clipping floor, and optionally one campaign. */
  public record Request(Path strategy, double minPropensity, Optional<String> campaign, int draws) {
    public Request {
      if (draws < 1 || draws > 1_000) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "--draws must be between 1 and 1000, not " + draws);
      }
    }
  }

  private static final int PAGE = 1_000;

  private final TailorConfig config;
  private final Output output;
  private final Clock clock;

  public OffPolicyRun(TailorConfig config, Output output, Clock clock) {
    this.config = config;
    this.output = output;
    this.clock = clock;
  }

  public int run(Request r) {
    StrategySpec spec = StrategyParser.parse(r.strategy());
    OffPolicySettings settings =
        new OffPolicySettings(
            r.minPropensity(),
            OffPolicySettings.defaults().confidence(),
            OffPolicySettings.defaults().lowEssShare());
    Wiring wiring = new Wiring(config);
    OffPolicyEstimate estimate;
    try (Store store = wiring.openStore()) {
      ModelSet models =
          ModelSet.load(
              wiring.snapshots(),
              spec.algorithms(),
              Optional.of(
                  () ->
                      TrainingData.fromStore(
                          store, config.reco().weights(), config.reco().window())),
              output::note);
      Map<String, Product> catalog = new HashMap<>();
      store.products().forEach(p -> catalog.put(p.id(), p));
      MovableClock at = new MovableClock(clock.instant());
      SentClickFeedback feedback = SentClickFeedback.load(store, clock.instant());
      // a strategy that explores items or chooses among arms is re-decided several times
      boolean explores =
          spec.slots().stream().anyMatch(x -> x.exploration().rate() > 0 || !x.arms().isEmpty());
      List<DecisionEngine> engines = new ArrayList<>();
      for (int d = 0; d < (explores ? r.draws() : 1); d++) {
        engines.add(
            new DecisionEngine(
                spec,
                models,
                catalog,
                new DecisionEngine.Settings(
                    at, new PriorSends(store.messages(), at), feedback, explores ? d + 1 : 0)));
      }
      Logs logs = new Logs(store, engines, at, HumanClicks.load(store));
      Optional<Instant> trainedUpTo = trainedUpTo(wiring, spec);
      for (Campaign c : store.campaigns().list()) {
        if (r.campaign().isEmpty() || r.campaign().get().equals(c.id())) {
          logs.readCampaign(c.id());
        }
      }
      output.note("re-decided " + logs.messages + " sent messages with " + spec.name());
      trainedUpTo.ifPresent(
          t -> {
            long older = logs.decidedBefore(t);
            if (older > 0) {
              output.note(
                  "note: "
                      + older
                      + " of "
                      + logs.messages
                      + " sends were decided before "
                      + t
                      + ", the newest event the current models were trained on: they are scored"
                      + " with today's models, which may have learnt from those emails' clicks"
                      + " (the estimate can be optimistic); for a fair estimate evaluate with"
                      + " models trained before the sends (TAILOR_RECO_MODELS_DIR naming a"
                      + " models folder kept from then)");
            }
          });
      estimate =
          new OffPolicyEstimator(settings).estimate(logs.shows, Math.round(logs.unsupported));
    }
    OffPolicyText.print(spec.name(), estimate, output);
    return 0;
  }

  /**
   * The newest event any of the strategy's current snapshots was trained on (its creation time when
   * the header does not say); empty when none is saved (models trained for this run only).
   */
  private static Optional<Instant> trainedUpTo(Wiring wiring, StrategySpec spec) {
    Instant newest = null;
    for (String a : spec.algorithms()) {
      Optional<String> version = wiring.snapshots().latestVersion(a);
      if (version.isEmpty()) {
        continue;
      }
      for (SnapshotInfo info : wiring.snapshots().list(a)) {
        if (info.version().equals(version.get()) && info.header().isPresent()) {
          SnapshotHeader h = info.header().get();
          Instant t = h.data().last().orElse(h.createdAt());
          newest = newest == null || t.isAfter(newest) ? t : newest;
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  /** The logged shows with the new strategy's propensities, built message by message. */
  private final class Logs {
    private final Store store;
    private final List<DecisionEngine> engines;
    private final MovableClock at;
    private final HumanClicks clicks;
    private final List<LoggedShow> shows = new ArrayList<>();
    private double unsupported; // expected shows of never-logged items
    private long messages;
    private final List<Instant> decided = new ArrayList<>();

    Logs(Store store, List<DecisionEngine> engines, MovableClock at, HumanClicks clicks) {
      this.store = store;
      this.engines = engines;
      this.at = at;
      this.clicks = clicks;
    }

    void readCampaign(String campaign) {
      String after = "";
      while (true) {
        List<Message> page =
            store
                .messages()
                .page(
                    campaign,
                    EnumSet.of(MessageState.SENT),
                    clock.instant().plus(Duration.ofDays(3650)),
                    after,
                    PAGE);
        for (Message m : page) {
          if (m.decision().isPresent() && m.sentAt().isPresent()) {
            read(m);
          }
        }
        if (page.size() < PAGE) {
          return;
        }
        after = page.get(page.size() - 1).id();
      }
    }

    private void read(Message m) {
      messages++;
      Decision logged = DecisionJson.read(m.decision().orElseThrow());
      decided.add(logged.decidedAt());
      Map<String, Map<String, Double>> newBySlot = redecide(m.customerId(), logged.decidedAt());
      Set<String> seen = new HashSet<>();
      Map<String, Set<String>> loggedBySlot = new HashMap<>();
      for (SlotDecision s : logged.slots()) {
        for (DecisionItem i : s.items()) {
          loggedBySlot.computeIfAbsent(s.slot(), k -> new HashSet<>()).add(i.productId());
          if (!seen.add(i.productId())) {
            continue; // a click names the product, not the slot: it counts once per message
          }
          double pi = newBySlot.getOrDefault(s.slot(), Map.of()).getOrDefault(i.productId(), 0.0);
          boolean clicked = clicks.clicked(m.id(), i.productId(), m.sentAt().orElseThrow());
          shows.add(new LoggedShow(m.id(), s.slot(), i.productId(), i.propensity(), pi, clicked));
        }
      }
      newBySlot.forEach(
          (slot, items) ->
              items.forEach(
                  (p, pi) -> {
                    if (!loggedBySlot.getOrDefault(slot, Set.of()).contains(p)) {
                      unsupported += pi;
                    }
                  }));
    }

    /** How many of the messages read were decided before {@code t}. */
    long decidedBefore(Instant t) {
      return decided.stream().filter(d -> d.isBefore(t)).count();
    }

    /** Per slot, per item, the share of the new strategy's draws that show the item there. */
    private Map<String, Map<String, Double>> redecide(String customerId, Instant decidedAt) {
      at.set(decidedAt);
      List<Event> events =
          store.events().recentForCustomer(customerId, 1_000).stream()
              .filter(e -> e.timestamp().isBefore(decidedAt))
              .toList();
      Optional<String> firstName =
          store.customers().findById(customerId).flatMap(Customer::firstName);
      Map<String, Map<String, Double>> bySlot = new HashMap<>();
      double share = 1.0 / engines.size();
      for (DecisionEngine engine : engines) {
        for (SlotDecision s : engine.decide(customerId, firstName, events).slots()) {
          Map<String, Double> items = bySlot.computeIfAbsent(s.slot(), k -> new HashMap<>());
          s.items().stream()
              .map(DecisionItem::productId)
              .distinct()
              .forEach(p -> items.merge(p, share, Double::sum));
        }
      }
      bySlot.values().forEach(items -> items.replaceAll((p, v) -> Math.min(1.0, v)));
      return bySlot;
    }
  }
}
