package dev.tailor.insights.report;

import dev.tailor.insights.attribution.AttributedLine;
import dev.tailor.insights.attribution.Attribution;
import dev.tailor.insights.attribution.RecipientOutcome;
import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.engagement.ClassifiedHit;
import dev.tailor.insights.engagement.HitKind;
import dev.tailor.insights.stats.Proportion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Running counts of one variant while a report is built. */
final class Tally {
  final String variant;
  final boolean holdout;
  long recipients;
  long sent;
  long bounced;
  long unsubscribed;
  final Set<String> delivered = new HashSet<>();
  final Set<String> humanOpeners = new HashSet<>();
  final Set<String> machineOpeners = new HashSet<>();
  long machineOpens;
  final Set<String> humanClickers = new HashSet<>();
  long humanClicks;
  long machineClicks;

  /** Keys message|slot|product of recommended items clicked by a person. */
  final Set<String> clickedItems = new HashSet<>();

  final Map<String, long[]> slotCounts = new TreeMap<>();
  final Map<String, long[]> algorithmCounts = new TreeMap<>();
  final Map<String, BigDecimal> slotRevenue = new TreeMap<>();
  final Map<String, BigDecimal> algorithmRevenue = new TreeMap<>();
  long attributedOrders;
  BigDecimal attributedRevenue = BigDecimal.ZERO;
  BigDecimal recommendedRevenue = BigDecimal.ZERO;
  long converters;
  BigDecimal windowRevenue = BigDecimal.ZERO;
  final List<Double> revenues = new ArrayList<>();

  Tally(String variant, boolean holdout) {
    this.variant = variant;
    this.holdout = holdout;
  }

  void recipient(SentMessage m, boolean bounce, boolean unsubscribe, RecipientOutcome outcome) {
    recipients++;
    if (!m.holdout()) {
      sent++;
      if (bounce) {
        bounced++;
      } else {
        delivered.add(m.messageId());
        for (RecommendedItem i : m.items()) {
          slotCounts.computeIfAbsent(i.slot(), k -> new long[2])[0]++;
          algorithmCounts.computeIfAbsent(i.algorithm(), k -> new long[2])[0]++;
        }
      }
    }
    if (unsubscribe) {
      unsubscribed++;
    }
    if (outcome.converted()) {
      converters++;
    }
    windowRevenue = windowRevenue.add(outcome.revenue());
    revenues.add(outcome.revenue().doubleValue());
  }

  void hit(ClassifiedHit c, SentMessage m) {
    String id = m.messageId();
    if (c.hit().kind() == HitKind.OPEN) {
      if (c.human()) {
        humanOpeners.add(id);
      } else {
        machineOpens++;
        machineOpeners.add(id);
      }
      return;
    }
    if (!c.human()) {
      machineClicks++;
      return;
    }
    humanClicks++;
    humanClickers.add(id);
    humanOpeners.add(id);
    if (c.hit().productId().isEmpty() || !delivered.contains(id)) {
      return;
    }
    m.find(c.hit().slot(), c.hit().productId().get())
        .ifPresent(
            i -> {
              if (clickedItems.add(id + "|" + i.slot() + "|" + i.productId())) {
                slotCounts.computeIfAbsent(i.slot(), k -> new long[2])[1]++;
                algorithmCounts.computeIfAbsent(i.algorithm(), k -> new long[2])[1]++;
              }
            });
  }

  void attributed(Attribution a) {
    attributedOrders++;
    attributedRevenue = attributedRevenue.add(a.revenue());
    recommendedRevenue = recommendedRevenue.add(a.recommendedRevenue());
    for (AttributedLine l : a.lines()) {
      l.recommended()
          .ifPresent(
              i -> {
                slotRevenue.merge(i.slot(), l.line().revenue(), BigDecimal::add);
                algorithmRevenue.merge(i.algorithm(), l.line().revenue(), BigDecimal::add);
              });
    }
  }

  Proportion clicks() {
    return new Proportion(
        humanClickers.stream().filter(delivered::contains).count(), delivered.size());
  }

  Proportion conversions() {
    return new Proportion(converters, recipients);
  }

  double[] revenuePerRecipient() {
    return revenues.stream().mapToDouble(Double::doubleValue).toArray();
  }

  VariantStats stats() {
    long deliveredCount = delivered.size();
    Set<String> machineOnly = new HashSet<>(machineOpeners);
    machineOnly.removeAll(humanOpeners);
    long clickers = clicks().successes();
    Engagement e =
        new Engagement(
            humanOpeners.size(),
            machineOnly.size(),
            machineOpens,
            Ratio.of(humanOpeners.size(), deliveredCount),
            clickers,
            humanClicks,
            machineClicks,
            Ratio.of(clickers, deliveredCount),
            Ratio.of(clickers, humanOpeners.size()));
    Outcomes o =
        new Outcomes(
            attributedOrders,
            attributedRevenue,
            recommendedRevenue,
            converters,
            conversions().rate(),
            conversions().wilson(0.95),
            windowRevenue,
            Ratio.of(windowRevenue.doubleValue(), recipients));
    return new VariantStats(
        variant,
        holdout,
        recipients,
        deliveredCount,
        bounced,
        Ratio.of(bounced, sent),
        unsubscribed,
        Ratio.of(unsubscribed, deliveredCount),
        e,
        rows(slotCounts, slotRevenue),
        rows(algorithmCounts, algorithmRevenue),
        o);
  }

  private static List<RateRow> rows(Map<String, long[]> counts, Map<String, BigDecimal> revenue) {
    List<RateRow> rows = new ArrayList<>();
    counts.forEach(
        (k, c) -> rows.add(RateRow.of(k, c[0], c[1], revenue.getOrDefault(k, BigDecimal.ZERO))));
    return rows;
  }
}
