package dev.tailor.insights.report;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.attribution.Attribution;
import dev.tailor.insights.attribution.Attributor;
import dev.tailor.insights.attribution.Order;
import dev.tailor.insights.attribution.RecipientOutcome;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.engagement.ClassifiedHit;
import dev.tailor.insights.engagement.MachineTrafficClassifier;
import dev.tailor.insights.stats.BayesianComparison;
import dev.tailor.insights.stats.Bootstrap;
import dev.tailor.insights.stats.MeanComparison;
import dev.tailor.insights.stats.ProportionComparison;
import dev.tailor.insights.stats.SampleSize;
import dev.tailor.insights.stats.TwoProportionTest;
import dev.tailor.insights.stats.Welch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link CampaignReport} from messages, hits and events. */
public final class CampaignReporter {
  private static final double CONFIDENCE = 0.95;

  private final ReportSettings settings;
  private final MachineTrafficClassifier classifier;
  private final Attributor attributor;

  public CampaignReporter(ReportSettings settings) {
    this.settings = settings;
    this.classifier = new MachineTrafficClassifier(settings.machineTraffic());
    this.attributor = new Attributor(settings.attribution());
  }

  /** The report; throws {@code NOT_FOUND} when the input holds no message of the campaign. */
  public CampaignReport report(ReportInput in) {
    List<SentMessage> mine =
        in.messages().stream().filter(m -> m.campaignId().equals(in.campaignId())).toList();
    if (mine.isEmpty()) {
      throw new TailorException(
          ErrorCode.NOT_FOUND, "campaign " + in.campaignId() + " has no messages to report on");
    }
    Map<String, SentMessage> byId = new HashMap<>();
    Map<String, Instant> deliveredAt = new HashMap<>();
    for (SentMessage m : in.messages()) {
      byId.put(m.messageId(), m);
      if (!m.holdout()) {
        deliveredAt.put(m.messageId(), m.sentAt());
      }
    }
    List<ClassifiedHit> hits = classifier.classify(in.hits(), deliveredAt);
    List<Order> orders = Order.fromEvents(in.events());
    List<Attribution> attributions = new ArrayList<>();
    for (Attribution a : attributor.attribute(in.messages(), hits, orders)) {
      if (a.message().campaignId().equals(in.campaignId())) {
        attributions.add(a);
      }
    }
    Set<String> bounced = messagesWith(EventType.EMAIL_BOUNCED, in, mine);
    Set<String> unsubscribed = messagesWith(EventType.EMAIL_UNSUBSCRIBED, in, mine);

    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (RecipientOutcome o : attributor.outcomes(mine, orders)) {
      SentMessage m = o.message();
      tally(tallies, m)
          .recipient(m, bounced.contains(m.messageId()), unsubscribed.contains(m.messageId()), o);
    }
    for (ClassifiedHit c : hits) {
      SentMessage m = byId.get(c.hit().messageId());
      if (m != null && m.campaignId().equals(in.campaignId())) {
        tally(tallies, m).hit(c, m);
      }
    }
    for (Attribution a : attributions) {
      tally(tallies, a.message()).attributed(a);
    }
    List<Tally> variants = tallies.values().stream().filter(t -> !t.holdout).toList();
    Optional<Tally> holdout = tallies.values().stream().filter(t -> t.holdout).findFirst();

    Set<String> delivered = new HashSet<>();
    Set<String> clicked = new HashSet<>();
    for (Tally t : variants) {
      delivered.addAll(t.delivered);
      clicked.addAll(t.clickedItems);
    }
    Set<String> mineIds = new HashSet<>();
    mine.forEach(m -> mineIds.add(m.messageId()));
    WeeklyReview review =
        new ReviewBuilder(settings)
            .build(
                mine.stream().filter(m -> !m.holdout()).toList(),
                delivered,
                clicked,
                attributions,
                in.feedback().stream().filter(f -> mineIds.contains(f.messageId())).toList(),
                in.catalogSize());
    return new CampaignReport(
        in.campaignId(),
        settings.alpha(),
        settings.attribution(),
        variants.stream().map(Tally::stats).toList(),
        holdout.map(Tally::stats),
        holdout.map(h -> againstHoldout(variants, h)).orElse(List.of()),
        new WinnerJudge(settings).judge(variants, holdout),
        review);
  }

  private List<HoldoutComparison> againstHoldout(List<Tally> variants, Tally holdout) {
    List<HoldoutComparison> out = new ArrayList<>();
    if (holdout.recipients < 2) {
      return out;
    }
    double[] control = holdout.revenuePerRecipient();
    double baseline = holdout.conversions().rate();
    long needed = 0;
    if (baseline > 0 && baseline < 1) {
      double effect = Math.min(baseline * settings.minimumRelativeEffect(), (1 - baseline) / 2);
      needed = SampleSize.perGroup(baseline, effect, settings.alpha(), settings.power());
    }
    for (Tally t : variants) {
      if (t.recipients < 2) {
        continue;
      }
      double[] treatment = t.revenuePerRecipient();
      ProportionComparison conversion =
          TwoProportionTest.compare(t.conversions(), holdout.conversions(), CONFIDENCE);
      MeanComparison welch = Welch.compare(treatment, control, CONFIDENCE);
      MeanComparison boot =
          Bootstrap.meanDifference(
              treatment, control, CONFIDENCE, settings.bootstrapResamples(), settings.seed());
      boolean enough = needed > 0 && t.recipients >= needed && holdout.recipients >= needed;
      out.add(
          new HoldoutComparison(
              t.variant,
              conversion,
              BayesianComparison.probabilityToBeat(t.conversions(), holdout.conversions()),
              welch,
              boot,
              welch.difference() * t.recipients,
              needed,
              enough,
              conversion.significant(settings.alpha())));
    }
    return out;
  }

  private static Tally tally(Map<String, Tally> tallies, SentMessage m) {
    return tallies.computeIfAbsent(m.variant(), v -> new Tally(v, m.holdout()));
  }

  /**
   * Messages of the campaign named by events of {@code type}: by message id, else by campaign and
   * customer.
   */
  private static Set<String> messagesWith(EventType type, ReportInput in, List<SentMessage> mine) {
    Set<String> ids = new HashSet<>();
    Map<String, String> byCustomer = new HashMap<>();
    for (SentMessage m : mine) {
      ids.add(m.messageId());
      byCustomer.putIfAbsent(m.customerId(), m.messageId());
    }
    Set<String> out = new HashSet<>();
    for (Event e : in.events()) {
      if (e.type() != type) {
        continue;
      }
      if (e.messageId().isPresent()) {
        if (ids.contains(e.messageId().get())) {
          out.add(e.messageId().get());
        }
      } else if (e.campaignId().filter(in.campaignId()::equals).isPresent()
          && e.customerId().isPresent()) {
        Optional.ofNullable(byCustomer.get(e.customerId().get())).ifPresent(out::add);
      }
    }
    return out;
  }
}
