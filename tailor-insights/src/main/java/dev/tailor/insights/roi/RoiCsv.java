package dev.tailor.insights.roi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ROI report as CSV (RFC 4180: a header, one line per row, then the total). */
public final class RoiCsv {
  private RoiCsv() {}

  /** The header and rows, each line ending in CRLF. */
  public static String write(RoiReport report) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        List.of(
            report.by(),
            "label",
            "campaigns",
            "emails_built",
            "build_hours",
            "emails_per_hour",
            "delivered",
            "attributed_orders",
            "attributed_revenue",
            "attributed_revenue_per_email",
            "campaigns_with_holdout",
            "incremental_revenue",
            "incremental_low",
            "incremental_high"));
    for (RoiRow r : report.rows()) {
      line(out, cells(r));
    }
    line(out, cells(report.total()));
    return out.toString();
  }

  static List<String> cells(RoiRow r) {
    List<String> c = new ArrayList<>();
    c.add(r.key());
    c.add(r.label());
    c.add(Long.toString(r.campaigns()));
    c.add(Long.toString(r.emailsBuilt()));
    c.add(num(r.buildHours()));
    c.add(num(r.emailsPerHour()));
    c.add(Long.toString(r.delivered()));
    c.add(Long.toString(r.attributedOrders()));
    c.add(r.attributedRevenue().toPlainString());
    c.add(num(r.attributedRevenuePerEmail()));
    c.add(Long.toString(r.campaignsWithHoldout()));
    c.add(r.incrementalRevenue().map(RoiCsv::num).orElse(""));
    c.add(r.incrementalInterval().map(i -> num(i.low())).orElse(""));
    c.add(r.incrementalInterval().map(i -> num(i.high())).orElse(""));
    return c;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String v = cells.get(i);
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    out.append("\r\n");
  }
}
