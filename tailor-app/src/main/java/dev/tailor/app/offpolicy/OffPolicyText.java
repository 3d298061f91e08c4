package dev.tailor.app.offpolicy;

import dev.tailor.app.cli.Output;
import dev.tailor.insights.offpolicy.OffPolicyEstimate;
import dev.tailor.insights.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an off-policy estimate as a table, or as JSON. */
final class OffPolicyText {
  private OffPolicyText() {}

  static void print(String strategy, OffPolicyEstimate e, Output out) {
    if (out.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("strategy", strategy);
      json.put("estimate", e);
      out.printJson(json);
      return;
    }
    out.line(
        String.format(
            Locale.ROOT,
            "Off-policy estimate for strategy %s over %,d shows in %,d sent messages (%,d clicked)",
            strategy,
            e.shows(),
            e.messages(),
            e.clicks()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("estimate", "click rate", "95% interval"));
    rows.add(row("logged policy (observed)", e.loggedRate(), e.loggedInterval()));
    rows.add(row("new strategy, IPS", e.ips(), e.ipsInterval()));
    rows.add(row("new strategy, SNIPS", e.snips(), e.snipsInterval()));
    out.printTable(rows);
    out.line(
        String.format(
            Locale.ROOT,
            "effective sample size %.1f; %,d shows the new strategy would also show; largest"
                + " weight %.2f; %,d clipped; about %,d shows of items never logged",
            e.effectiveSampleSize(),
            e.matched(),
            e.maxWeight(),
            e.clipped(),
            e.unsupported()));
    for (OffPolicyEstimate.Warning w : e.warnings()) {
      out.line("warning " + w.code() + ": " + w.message());
    }
  }

  private static List<String> row(String name, double rate, Interval i) {
    return List.of(
        name,
        String.format(Locale.ROOT, "%.4f", rate),
        String.format(Locale.ROOT, "[%.4f, %.4f]", i.low(), i.high()));
  }
}
