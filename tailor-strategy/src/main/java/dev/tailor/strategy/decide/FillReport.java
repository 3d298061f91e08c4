package dev.tailor.strategy.decide;

import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.SlotDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fill rates of a dry run: per slot, the share of decisions in which it was filled, and, for the
 * short ones, how often each reason (the code before the colon of the shortfall) was the cause. Not
 * thread-safe: add from one thread.
 */
public final class FillReport {
  private final Map<String, long[]> slots = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
  private long decisions;

  public void add(Decision d) {
    decisions++;
    for (SlotDecision s : d.slots()) {
      long[] c = slots.computeIfAbsent(s.slot(), k -> new long[2]);
      c[0]++;
      if (s.filled()) {
        c[1]++;
      } else {
        String text = s.shortfall().orElse("unknown");
        int colon = text.indexOf(':');
        String code = colon < 0 ? text : text.substring(0, colon);
        reasons.computeIfAbsent(s.slot(), k -> new TreeMap<>()).merge(code, 1L, Long::sum);
      }
    }
  }

  public long decisions() {
    return decisions;
  }

  /** Share of decisions in which {@code slot} was filled, 0..1. */
  public double fillRate(String slot) {
    long[] c = slots.get(slot);
    return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
  }

  /** The JSON form: {@code {decisions, slots: {id: {fill_rate, short: {reason: n}}}}}. */
  public Map<String, Object> toMap() {
    Map<String, Object> s = new LinkedHashMap<>();
    for (String id : slots.keySet()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("fill_rate", fillRate(id));
      one.put("short", reasons.getOrDefault(id, Map.of()));
      s.put(id, one);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("decisions", decisions);
    out.put("slots", s);
    return out;
  }

  /** Table rows: slot, filled %, short reasons. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("slot", "filled", "short because"));
    for (String id : slots.keySet()) {
      StringBuilder why = new StringBuilder();
      reasons
          .getOrDefault(id, Map.of())
          .forEach((k, v) -> why.append(why.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
      rows.add(
          List.of(id, String.format(Locale.ROOT, "%.1f %%", 100 * fillRate(id)), why.toString()));
    }
    return rows;
  }
}
