package dev.tailor.insights.report;

import dev.tailor.insights.attribution.AttributedLine;
import dev.tailor.insights.attribution.Attribution;
import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.attribution.SentSlot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The weekly review numbers of a campaign's variants (the holdout recommends nothing). */
final class ReviewBuilder {
  private final ReportSettings settings;

  ReviewBuilder(ReportSettings settings) {
    this.settings = settings;
  }

  WeeklyReview build(
      Collection<SentMessage> sent,
      Set<String> delivered,
      Set<String> clickedItems,
      Collection<Attribution> attributions,
      Collection<Feedback> feedback,
      long catalogSize) {
    Map<String, long[]> product = new TreeMap<>();
    Map<String, BigDecimal> revenue = new HashMap<>();
    for (SentMessage m : sent) {
      if (delivered.contains(m.messageId())) {
        for (RecommendedItem i : m.items()) {
          counts(product, i.productId())[0]++;
        }
      }
    }
    for (String key : clickedItems) {
      counts(product, key.substring(key.lastIndexOf('|') + 1))[1]++;
    }
    for (Attribution a : attributions) {
      for (AttributedLine l : a.lines()) {
        if (l.recommended().isPresent()) {
          String id = l.recommended().get().productId();
          counts(product, id)[2]++;
          revenue.merge(id, l.line().revenue(), BigDecimal::add);
        }
      }
    }
    long up = 0;
    long down = 0;
    for (Feedback f : feedback) {
      if (f.positive()) {
        up++;
      } else {
        down++;
      }
      f.productId().ifPresent(p -> counts(product, p)[f.positive() ? 3 : 4]++);
    }
    List<ProductRow> rows = new ArrayList<>();
    product.forEach(
        (id, c) -> {
          if (c[0] >= settings.minImpressions()) {
            rows.add(
                new ProductRow(
                    id,
                    c[0],
                    c[1],
                    Ratio.of(c[1], c[0]),
                    c[2],
                    revenue.getOrDefault(id, BigDecimal.ZERO),
                    c[3],
                    c[4]));
          }
        });
    Comparator<ProductRow> byImpressions =
        Comparator.comparingLong(ProductRow::impressions).reversed();
    List<ProductRow> top =
        rows.stream()
            .sorted(
                Comparator.comparingDouble(ProductRow::ctr)
                    .reversed()
                    .thenComparing(byImpressions)
                    .thenComparing(ProductRow::productId))
            .limit(settings.topProducts())
            .toList();
    List<ProductRow> worst =
        rows.stream()
            .sorted(
                Comparator.comparingDouble(ProductRow::ctr)
                    .thenComparing(byImpressions)
                    .thenComparing(ProductRow::productId))
            .limit(settings.topProducts())
            .toList();
    return new WeeklyReview(
        top,
        worst,
        slots(sent),
        diversity(sent, catalogSize),
        up,
        down,
        FeedbackCounts.rows(sent, feedback));
  }

  private static long[] counts(Map<String, long[]> product, String id) {
    // impressions, clicks, orders, thumbs up, thumbs down
    return product.computeIfAbsent(id, k -> new long[5]);
  }

  private static List<SlotFill> slots(Collection<SentMessage> sent) {
    Map<String, long[]> slots = new TreeMap<>();
    for (SentMessage m : sent) {
      for (SentSlot s : m.slots()) {
        long[] c = slots.computeIfAbsent(s.slot(), k -> new long[4]);
        c[0]++;
        c[1] += s.filled() ? 1 : 0;
        c[2] += s.items().size();
        c[3] += s.items().stream().filter(RecommendedItem::fallback).count();
      }
    }
    List<SlotFill> out = new ArrayList<>();
    slots.forEach(
        (slot, c) ->
            out.add(
                new SlotFill(
                    slot, c[0], c[1], Ratio.of(c[1], c[0]), c[2], c[3], Ratio.of(c[3], c[2]))));
    return out;
  }

  private static Diversity diversity(Collection<SentMessage> sent, long catalogSize) {
    Map<String, Long> shown = new HashMap<>();
    double distinctShare = 0;
    long emails = 0;
    for (SentMessage m : sent) {
      List<RecommendedItem> items = m.items();
      if (items.isEmpty()) {
        continue;
      }
      Set<String> distinct = new HashSet<>();
      for (RecommendedItem i : items) {
        shown.merge(i.productId(), 1L, Long::sum);
        distinct.add(i.productId());
      }
      distinctShare += (double) distinct.size() / items.size();
      emails++;
    }
    long[] counts = shown.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long total = Arrays.stream(counts).sum();
    long topTen = 0;
    for (int i = counts.length - 1; i >= Math.max(0, counts.length - 10); i--) {
      topTen += counts[i];
    }
    return new Diversity(
        total,
        counts.length,
        catalogSize > 0 ? Optional.of((double) counts.length / catalogSize) : Optional.empty(),
        gini(counts, total),
        Ratio.of(topTen, total),
        Ratio.of(distinctShare, emails));
  }

  /** G = Σ (2i - n - 1) x_i / (n Σ x) over the counts sorted ascending, i from 1. */
  static double gini(long[] sortedCounts, long total) {
    int n = sortedCounts.length;
    if (n == 0 || total == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (2.0 * (i + 1) - n - 1) * sortedCounts[i];
    }
    return sum / ((double) n * total);
  }
}
