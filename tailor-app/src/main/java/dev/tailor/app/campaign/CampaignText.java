package dev.tailor.app.campaign;

import dev.tailor.app.cli.Output;
import dev.tailor.campaign.pipeline.CampaignRunner;
import dev.tailor.campaign.pipeline.PlanReport;
import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.StateCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** How campaign commands print plans, outcomes and progress. */
final class CampaignText {
  private CampaignText() {}

  static void printPlan(PlanReport r, Output out) {
    r.lines().forEach(out::line);
    r.fillTables()
        .forEach(
            (variant, rows) -> {
              out.line("");
              out.line("fill rates of variant " + variant + ":");
              out.printTable(rows);
            });
  }

  static Map<String, Object> outcome(CampaignRunner.Outcome o, Optional<String> delivery) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("campaign", o.campaignId());
    m.put("status", o.status().wireName());
    o.plan().ifPresent(p -> m.put("plan", p.toMap()));
    m.put("delivery", o.delivery().toMap());
    delivery.ifPresent(d -> m.put("transport", d));
    m.put("next_due", o.nextDue().map(Instant::toString).orElse(null));
    return m;
  }

  static void printOutcome(CampaignRunner.Outcome o, String transport, Output out) {
    o.plan()
        .ifPresent(
            p -> {
              printPlan(p, out);
              out.line("");
            });
    out.line(
        String.format(
            Locale.ROOT,
            "campaign %s: %s; this run sent %,d, deferred %,d, failed %,d, suppressed %,d"
                + " (in doubt from an earlier run: %,d) via %s",
            o.campaignId(),
            o.status().wireName(),
            o.delivery().count(MessageState.SENT),
            o.delivery().count(MessageState.DEFERRED),
            o.delivery().count(MessageState.FAILED),
            o.delivery().count(MessageState.SUPPRESSED),
            o.delivery().inDoubt(),
            transport));
    o.nextDue()
        .ifPresent(
            t ->
                out.line(
                    "messages still waiting (next due "
                        + t
                        + "): run `tailor campaign resume "
                        + o.campaignId()
                        + "` then"));
  }

  /** Counts per variant (rows) and state (columns). */
  static List<List<String>> stateTable(List<StateCount> counts) {
    Map<String, Map<MessageState, Long>> byVariant = new TreeMap<>();
    for (StateCount c : counts) {
      byVariant
          .computeIfAbsent(c.variant(), k -> new TreeMap<>())
          .merge(c.state(), c.count(), Long::sum);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("variant"));
    for (MessageState s : MessageState.values()) {
      header.add(s.wireName());
    }
    header.add("total");
    rows.add(header);
    for (var e : byVariant.entrySet()) {
      List<String> row = new ArrayList<>(List.of(e.getKey()));
      long total = 0;
      for (MessageState s : MessageState.values()) {
        long n = e.getValue().getOrDefault(s, 0L);
        total += n;
        row.add(String.format(Locale.ROOT, "%,d", n));
      }
      row.add(String.format(Locale.ROOT, "%,d", total));
      rows.add(row);
    }
    return rows;
  }

  static Map<String, Object> status(
      Campaign c, List<StateCount> counts, Optional<Instant> nextDue) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("campaign", c.id());
    m.put("name", c.name());
    m.put("status", c.status().wireName());
    m.put("created_at", c.createdAt().toString());
    m.put("updated_at", c.updatedAt().toString());
    m.put("holdout_share", c.holdoutShare());
    Map<String, Map<String, Long>> v = new TreeMap<>();
    for (StateCount s : counts) {
      v.computeIfAbsent(s.variant(), k -> new TreeMap<>())
          .merge(s.state().wireName(), s.count(), Long::sum);
    }
    m.put("messages", v);
    m.put("next_due", nextDue.map(Instant::toString).orElse(null));
    return m;
  }
}
