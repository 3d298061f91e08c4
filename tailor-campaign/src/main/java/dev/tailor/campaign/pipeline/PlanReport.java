package dev.tailor.campaign.pipeline;

import dev.tailor.core.decision.Decision;
import dev.tailor.strategy.decide.FillReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who gets what: customers considered, left out by reason, suppressed by reason, recipients per
 * variant, the holdout, and each variant's fill rates per slot. Thread-safe.
 */
public final class PlanReport {
  private long considered;
  private long newlyPlanned;
  private final Map<String, Long> excluded = new TreeMap<>();
  private final Map<String, Long> suppressed = new TreeMap<>();
  private final Map<String, Long> recipients = new TreeMap<>();
  private long heldOut;
  private final Map<String, FillReport> fill = new TreeMap<>();

  synchronized void considered(long n) {
    considered += n;
  }

  synchronized void excluded(String reason) {
    excluded.merge(reason, 1L, Long::sum);
  }

  synchronized void suppressed(String reason) {
    suppressed.merge(reason, 1L, Long::sum);
  }

  synchronized void recipient(String variant) {
    recipients.merge(variant, 1L, Long::sum);
  }

  synchronized void holdOut() {
    heldOut++;
  }

  synchronized void decided(String variant, Decision d) {
    fill.computeIfAbsent(variant, k -> new FillReport()).add(d);
  }

  synchronized void planned(long n) {
    newlyPlanned += n;
  }

  public synchronized long considered() {
    return considered;
  }

  /** Messages stored by this planning (0 for a dry run, or a re-run that found all planned). */
  public synchronized long newlyPlanned() {
    return newlyPlanned;
  }

  public synchronized Map<String, Long> excluded() {
    return Map.copyOf(excluded);
  }

  public synchronized Map<String, Long> suppressed() {
    return Map.copyOf(suppressed);
  }

  /** Recipients to be sent per variant ({@code holdout} for a generic holdout). */
  public synchronized Map<String, Long> recipients() {
    return Map.copyOf(recipients);
  }

  /** Holdout customers who get no email. */
  public synchronized long heldOut() {
    return heldOut;
  }

  /** The fill rate of each slot of a variant's decisions, in [0, 1]. */
  public synchronized Map<String, Double> fillRates(String variant) {
    FillReport r = fill.get(variant);
    Map<String, Double> out = new LinkedHashMap<>();
    if (r != null) {
      Object slots = r.toMap().get("slots");
      if (slots instanceof Map<?, ?> bySlot) {
        for (Object slot : bySlot.keySet()) {
          out.put(String.valueOf(slot), r.fillRate(String.valueOf(slot)));
        }
      }
    }
    return out;
  }

  /** The report as nested maps, for {@code --json}. */
  public synchronized Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("considered", considered);
    m.put("excluded", new TreeMap<>(excluded));
    m.put("suppressed", new TreeMap<>(suppressed));
    m.put("recipients", new TreeMap<>(recipients));
    m.put("held_out", heldOut);
    Map<String, Object> f = new LinkedHashMap<>();
    fill.forEach((v, r) -> f.put(v, r.toMap()));
    m.put("fill", f);
    m.put("newly_planned", newlyPlanned);
    return m;
  }

  /** Human-readable lines: counts, then one fill table per variant. */
  public synchronized List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "customers considered: %,d", considered));
    recipients.forEach((v, n) -> out.add(String.format(Locale.ROOT, "  variant %-12s %,d", v, n)));
    out.add(String.format(Locale.ROOT, "  held out (no email) %,d", heldOut));
    suppressed.forEach(
        (r, n) -> out.add(String.format(Locale.ROOT, "  suppressed: %-14s %,d", r, n)));
    excluded.forEach((r, n) -> out.add(String.format(Locale.ROOT, "  left out: %-16s %,d", r, n)));
    return out;
  }

  /** The fill table rows of each variant's decisions. */
  public synchronized Map<String, List<List<String>>> fillTables() {
    Map<String, List<List<String>>> out = new TreeMap<>();
    fill.forEach((v, r) -> out.put(v, r.rows()));
    return out;
  }
}
