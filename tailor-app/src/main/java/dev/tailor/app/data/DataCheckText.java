package dev.tailor.app.data;

import dev.tailor.app.cli.Output;
import dev.tailor.core.catalog.CatalogHealth;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.insights.datacheck.DataCheckReport;
import dev.tailor.insights.datacheck.DataWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The data check as text for people. */
public final class DataCheckText {
  private DataCheckText() {}

  public static void print(DataCheckReport r, String store, Output out) {
    out.line("Data check of " + store);
    out.line(
        "  history: "
            + r.daysOfHistory()
            + " days"
            + r.firstEvent()
                .map(f -> " (" + f + " .. " + r.lastEvent().orElseThrow() + ")")
                .orElse(""));
    out.line(
        "  customers: "
            + n(r.customers())
            + " ("
            + n(r.subscribed())
            + " subscribed, "
            + n(r.identities())
            + " anonymous ids linked)");
    InteractionStats s = r.interactions();
    out.line(
        "  interactions: "
            + n(s.interactions())
            + "; customers with any: "
            + n(s.customersWithInteractions())
            + ", with "
            + s.threshold()
            + "+: "
            + n(s.customersWithEnough())
            + ", without history: "
            + n(r.customersWithoutHistory())
            + " ("
            + pct(r.shareWithoutHistory())
            + ")");
    out.line(
        "  products with "
            + s.threshold()
            + "+ interactions: "
            + n(s.productsWithEnough())
            + "; purchasers: "
            + n(s.purchasers()));
    CatalogHealth c = r.catalog();
    out.line(
        "  catalog: "
            + n(c.products())
            + " products, "
            + n(c.outOfStock())
            + " out of stock, "
            + n(c.unpublished())
            + " unpublished, "
            + n(c.missingPrice())
            + " without price, "
            + n(c.missingImage())
            + " without image");
    out.line("  events: " + n(r.events()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("  type", "events"));
    for (Map.Entry<String, Long> e : r.eventsByType().entrySet()) {
      if (e.getValue() > 0) {
        rows.add(List.of("  " + e.getKey(), n(e.getValue())));
      }
    }
    out.printTable(rows);
    if (r.warnings().isEmpty()) {
      out.line("  no warnings: enough data to personalize");
    } else {
      out.line("  warnings:");
      for (DataWarning w : r.warnings()) {
        out.line("  ! " + w.message() + " [" + w.code() + "]");
      }
    }
  }

  static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
