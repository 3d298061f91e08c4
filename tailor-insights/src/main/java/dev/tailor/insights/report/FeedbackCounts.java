package dev.tailor.insights.report;

import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.attribution.SentSlot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts 👍 / 👎 per variant and per slot: feedback on a product goes to the slot the product was
 * shown in in that email (or to the whole email when it was not shown there).
 */
final class FeedbackCounts {
  private FeedbackCounts() {}

  /** A row per variant for the whole email (even with no feedback), then one per judged slot. */
  static List<FeedbackRow> rows(Collection<SentMessage> sent, Collection<Feedback> feedback) {
    Map<String, SentMessage> byId = new HashMap<>();
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (SentMessage m : sent) {
      byId.put(m.messageId(), m);
      counts.computeIfAbsent(key(m.variant(), ""), k -> new long[2]);
    }
    for (Feedback f : feedback) {
      SentMessage m = byId.get(f.messageId());
      if (m == null) {
        continue;
      }
      String slot = f.productId().map(p -> slotOf(m, p)).orElse("");
      counts.computeIfAbsent(key(m.variant(), slot), k -> new long[2])[f.positive() ? 0 : 1]++;
    }
    List<FeedbackRow> rows = new ArrayList<>();
    counts.forEach(
        (k, c) -> {
          int cut = k.indexOf('\n');
          rows.add(new FeedbackRow(k.substring(0, cut), k.substring(cut + 1), c[0], c[1]));
        });
    return rows;
  }

  private static String key(String variant, String slot) {
    return variant + "\n" + slot;
  }

  private static String slotOf(SentMessage m, String productId) {
    for (SentSlot s : m.slots()) {
      for (RecommendedItem i : s.items()) {
        if (i.productId().equals(productId)) {
          return s.slot();
        }
      }
    }
    return "";
  }
}
