package dev.tailor.insights.report;

import dev.tailor.insights.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a {@link CampaignReport} as plain text for a terminal. */
public final class ReportText {
  private ReportText() {}

  public static String render(CampaignReport r) {
    StringBuilder out = new StringBuilder();
    out.append("Campaign ").append(r.campaignId()).append('\n');
    List<VariantStats> all = new ArrayList<>(r.variants());
    r.holdout().ifPresent(all::add);
    out.append(
        String.format(
            Locale.ROOT,
            "%n%-14s %9s %9s %7s %7s %9s %8s %7s %7s %7s %8s %8s %10s%n",
            "variant",
            "recipients",
            "delivered",
            "bounce",
            "unsub",
            "opens(h)",
            "opens(m)",
            "clicks",
            "CTR",
            "CTOR",
            "attrib",
            "conv",
            "rev/email"));
    for (VariantStats v : all) {
      Engagement e = v.engagement();
      out.append(
          String.format(
              Locale.ROOT,
              "%-14s %9d %9d %7s %7s %9d %8d %7d %7s %7s %8d %8s %10.4f%n",
              v.variant() + (v.holdout() ? "*" : ""),
              v.recipients(),
              v.delivered(),
              pct(v.bounceRate()),
              pct(v.unsubscribeRate()),
              e.humanOpeners(),
              e.machineOnlyOpeners(),
              e.humanClickers(),
              pct(e.clickRate()),
              pct(e.clickToOpen()),
              v.outcomes().attributedOrders(),
              pct(v.outcomes().conversionRate()),
              v.outcomes().revenuePerEmail()));
    }
    r.holdout().ifPresent(h -> out.append("* holdout (no email)\n"));
    for (VariantStats v : r.variants()) {
      for (RateRow row : v.ctrBySlot()) {
        out.append(rateLine(v.variant(), "slot", row));
      }
      for (RateRow row : v.ctrByAlgorithm()) {
        out.append(rateLine(v.variant(), "algorithm", row));
      }
    }
    for (HoldoutComparison c : r.againstHoldout()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n%s vs holdout: conversion %+.2f points %s, p = %.4g%s, P(better) = %.3f%n"
                  + "  incremental revenue per email %+.4f, Welch %s, bootstrap %s;"
                  + " total %+.2f%n"
                  + "  minimum sample size per group %s%n",
              c.variant(),
              c.conversion().difference() * 100,
              points(c.conversion().interval()),
              c.conversion().pValue(),
              c.significant() ? " (significant)" : " (not significant)",
              c.probabilityToBeat(),
              c.revenuePerEmail().difference(),
              range(c.revenuePerEmail().interval()),
              range(c.revenuePerEmailBootstrap().interval()),
              c.incrementalRevenue(),
              c.minimumSampleSize() == 0
                  ? "unknown: the holdout has no conversion yet"
                  : c.minimumSampleSize() + (c.enoughData() ? " (reached)" : " (not reached)")));
    }
    WinnerCall w = r.winner();
    out.append(
        String.format(
            Locale.ROOT,
            "%nWinner on %s: %s (%s)%n",
            w.metric().name().toLowerCase(Locale.ROOT),
            w.winner().orElse("none"),
            w.reason()));
    review(out, r.review());
    return out.toString();
  }

  private static void review(StringBuilder out, WeeklyReview review) {
    out.append("\nWeekly review\n");
    for (ProductRow p : review.topProducts()) {
      out.append(productLine("top", p));
    }
    for (ProductRow p : review.worstProducts()) {
      out.append(productLine("worst", p));
    }
    for (SlotFill s : review.slots()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  slot %-12s filled %s of %d emails, fallback %s of %d items%n",
              s.slot(),
              pct(s.fillRate()),
              s.emails(),
              pct(s.fallbackRate()),
              s.items()));
    }
    Diversity d = review.diversity();
    out.append(
        String.format(
            Locale.ROOT,
            "  diversity: %d recommendations of %d products, coverage %s, Gini %.3f,"
                + " top-10 share %s, distinct per email %.3f%n",
            d.recommendations(),
            d.distinctProducts(),
            d.coverage().map(ReportText::pct).orElse("n/a"),
            d.gini(),
            pct(d.topTenShare()),
            d.meanDistinctPerEmail()));
    out.append(
        String.format(
            Locale.ROOT, "  feedback: %d up, %d down%n", review.thumbsUp(), review.thumbsDown()));
    for (FeedbackRow f : review.feedback()) {
      out.append(
          String.format(
              Locale.ROOT,
              "    %-14s %-22s %6d up %6d down%n",
              f.variant(),
              f.slot().isEmpty() ? "(whole email)" : f.slot(),
              f.up(),
              f.down()));
    }
  }

  private static String rateLine(String variant, String kind, RateRow row) {
    return String.format(
        Locale.ROOT,
        "  %s %s %-22s %d impressions, %d clicks, CTR %s, revenue %s%n",
        variant,
        kind,
        row.key(),
        row.impressions(),
        row.clicks(),
        pct(row.ctr()),
        row.revenue().toPlainString());
  }

  private static String productLine(String kind, ProductRow p) {
    return String.format(
        Locale.ROOT,
        "  %-5s %-22s %d impressions, %d clicks, CTR %s, %d orders, revenue %s, %d up, %d down%n",
        kind,
        p.productId(),
        p.impressions(),
        p.clicks(),
        pct(p.ctr()),
        p.orders(),
        p.revenue().toPlainString(),
        p.thumbsUp(),
        p.thumbsDown());
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  private static String points(Interval i) {
    return String.format(Locale.ROOT, "[%+.2f, %+.2f]", i.low() * 100, i.high() * 100);
  }

  private static String range(Interval i) {
    return String.format(Locale.ROOT, "[%+.4f, %+.4f]", i.low(), i.high());
  }
}
