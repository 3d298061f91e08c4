package dev.tailor.strategy.rules;

import java.time.Instant;
import java.util.Map;

/**
 * What was emailed to a customer, per product, with the newest time it was shown. Email events
 * carry a message id but not the products in the message, so the store cannot answer this: the
 * campaign module, which renders the decisions it sends, feeds this port. {@link #NONE} knows
 * nothing (no item is left out as already emailed).
 */
public interface ShownItems {
  ShownItems NONE = (customerId, since) -> Map.of();

  /** Products shown to {@code customerId} at or after {@code since}, with when. */
  Map<String, Instant> shownSince(String customerId, Instant since);
}
