package dev.tailor.insights.report;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.alerts.CampaignSeries;
import dev.tailor.insights.alerts.RatePoint;
import dev.tailor.insights.attribution.Attributor;
import dev.tailor.insights.attribution.Order;
import dev.tailor.insights.attribution.RecipientOutcome;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.engagement.ClassifiedHit;
import dev.tailor.insights.engagement.HitKind;
import dev.tailor.insights.engagement.MachineTrafficClassifier;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A campaign's rates per day of sending (UTC), for alerts against its own baseline: human click
 * rate and conversion rate of the emails sent each day, and their bounce rate. A day enters the
 * click and conversion series only once its attribution or outcome window has closed at {@code
 * now}, so the newest day is not mistaken for a drop while its clicks and orders are still coming
 * in. Holdout messages are left out.
 */
public final class DailySeries {
  private DailySeries() {}

  public static CampaignSeries of(ReportInput in, ReportSettings settings, Instant now) {
    List<SentMessage> sent =
        in.messages().stream()
            .filter(m -> m.campaignId().equals(in.campaignId()) && !m.holdout())
            .toList();
    Map<String, Instant> deliveredAt = new HashMap<>();
    sent.forEach(m -> deliveredAt.put(m.messageId(), m.sentAt()));
    Set<String> clicked = new HashSet<>();
    for (ClassifiedHit c :
        new MachineTrafficClassifier(settings.machineTraffic()).classify(in.hits(), deliveredAt)) {
      if (c.human() && c.hit().kind() == HitKind.CLICK) {
        clicked.add(c.hit().messageId());
      }
    }
    Set<String> bounced = new HashSet<>();
    for (Event e : in.events()) {
      if (e.type() == EventType.EMAIL_BOUNCED) {
        e.messageId().filter(deliveredAt::containsKey).ifPresent(bounced::add);
      }
    }
    Set<String> converted = new HashSet<>();
    for (RecipientOutcome o :
        new Attributor(settings.attribution()).outcomes(sent, Order.fromEvents(in.events()))) {
      if (o.converted()) {
        converted.add(o.message().messageId());
      }
    }
    // per day: sent, bounced, delivered, clicked, converted
    TreeMap<Instant, long[]> days = new TreeMap<>();
    for (SentMessage m : sent) {
      long[] d = days.computeIfAbsent(m.sentAt().truncatedTo(ChronoUnit.DAYS), k -> new long[5]);
      String id = m.messageId();
      d[0]++;
      if (bounced.contains(id)) {
        d[1]++;
      } else {
        d[2]++;
        d[3] += clicked.contains(id) ? 1 : 0;
      }
      d[4] += converted.contains(id) ? 1 : 0;
    }
    Duration day = Duration.ofDays(1);
    List<RatePoint> clicks =
        days.entrySet().stream()
            .filter(
                e -> !e.getKey().plus(day).plus(settings.attribution().clickWindow()).isAfter(now))
            .map(e -> new RatePoint(e.getKey(), e.getValue()[2], e.getValue()[3]))
            .toList();
    List<RatePoint> conversions =
        days.entrySet().stream()
            .filter(
                e ->
                    !e.getKey().plus(day).plus(settings.attribution().outcomeWindow()).isAfter(now))
            .map(e -> new RatePoint(e.getKey(), e.getValue()[0], e.getValue()[4]))
            .toList();
    List<RatePoint> bounces =
        days.entrySet().stream()
            .map(e -> new RatePoint(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    return new CampaignSeries(in.campaignId(), clicks, conversions, bounces, List.of());
  }
}
