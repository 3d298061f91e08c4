package dev.tailor.web.api;

import java.util.Map;

/**
 * Accepts Segment's spec beside the interchange names: {@code userId}, {@code anonymousId} and
 * {@code messageId} stand for {@code customer_id}, {@code anonymous_id} and {@code event_id}, and
 * {@code originalTimestamp} for {@code timestamp}. Event names such as {@code Product Viewed} are
 * recognised by the record reader itself.
 */
final class SegmentNames {
  private static final Map<String, String> ALIASES =
      Map.of(
          "userId", "customer_id",
          "anonymousId", "anonymous_id",
          "messageId", "event_id",
          "originalTimestamp", "timestamp",
          "productId", "product_id",
          "orderId", "order_id");

  private SegmentNames() {}

  /** Renames Segment's fields in place (an interchange name given too wins). */
  static Map<String, String> normalize(Map<String, String> fields) {
    for (Map.Entry<String, String> a : ALIASES.entrySet()) {
      String v = fields.remove(a.getKey());
      if (v != null) {
        fields.putIfAbsent(a.getValue(), v);
      }
    }
    fields.remove("type"); // Segment's call type ("track", "identify")
    return fields;
  }
}
