package dev.tailor.web.dashboard;

import dev.tailor.insights.report.CampaignReport;
import dev.tailor.insights.report.HoldoutComparison;
import dev.tailor.insights.report.VariantStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign report as the results page shows it: one row per variant and the holdout, each variant
 * against the holdout, the winner call, and the chart's data (rates per arm).
 *
 * @param arms one row per arm, the holdout last
 * @param comparisons each variant against the holdout
 * @param winner the winner call in words
 * @param chart the chart's data: arm labels and one series per rate, in percent
 */
public record ResultsView(
    List<Arm> arms, List<Comparison> comparisons, String winner, Map<String, Object> chart) {

  /** One arm's numbers, formatted. */
  public record Arm(
      String variant,
      boolean holdout,
      long recipients,
      long delivered,
      String openRate,
      String clickRate,
      long orders,
      String conversionRate,
      String revenuePerEmail) {}

  /** One variant against the holdout, formatted. */
  public record Comparison(
      String variant,
      String conversionLift,
      String pValue,
      String probabilityToBeat,
      String incrementalRevenue,
      boolean enoughData,
      boolean significant) {}

  static ResultsView of(CampaignReport r) {
    List<VariantStats> all = new ArrayList<>(r.variants());
    r.holdout().ifPresent(all::add);
    List<Arm> arms = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> opens = new ArrayList<>();
    List<Double> clicks = new ArrayList<>();
    List<Double> conversions = new ArrayList<>();
    for (VariantStats v : all) {
      arms.add(
          new Arm(
              v.variant(),
              v.holdout(),
              v.recipients(),
              v.delivered(),
              percent(v.engagement().humanOpenRate()),
              percent(v.engagement().clickRate()),
              v.outcomes().attributedOrders(),
              percent(v.outcomes().conversionRate()),
              String.format(Locale.ROOT, "%.2f", v.outcomes().revenuePerEmail())));
      labels.add(
          v.holdout() && !v.variant().equals("holdout") ? v.variant() + " (holdout)" : v.variant());
      opens.add(v.holdout() ? null : round(v.engagement().humanOpenRate()));
      clicks.add(v.holdout() ? null : round(v.engagement().clickRate()));
      conversions.add(round(v.outcomes().conversionRate()));
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (HoldoutComparison c : r.againstHoldout()) {
      double lift = c.conversion().relativeLift();
      comparisons.add(
          new Comparison(
              c.variant(),
              Double.isNaN(lift) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", lift * 100),
              String.format(Locale.ROOT, "%.4f", c.conversion().pValue()),
              percent(c.probabilityToBeat()),
              String.format(Locale.ROOT, "%.2f", c.incrementalRevenue()),
              c.enoughData(),
              c.significant()));
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", labels);
    List<Map<String, Object>> series = new ArrayList<>();
    series.add(series("Human open rate %", opens));
    series.add(series("Click rate %", clicks));
    series.add(series("Conversion rate %", conversions));
    chart.put("series", series);
    String winner =
        r.winner().winner().map(w -> "Winner: " + w + ". ").orElse("No winner yet. ")
            + r.winner().reason();
    return new ResultsView(arms, comparisons, winner, chart);
  }

  private static Map<String, Object> series(String label, List<Double> y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", label);
    m.put("y", y);
    return m;
  }

  private static Double round(double rate) {
    return Double.isFinite(rate) ? Math.round(rate * 10_000) / 100.0 : null;
  }

  private static String percent(double rate) {
    return Double.isFinite(rate) ? String.format(Locale.ROOT, "%.2f%%", rate * 100) : "n/a";
  }
}
