package dev.tailor.insights.attribution;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one recipient (of a variant or of the holdout) bought within the outcome window after the
 * send, whatever they clicked: the measure that compares a variant with the holdout.
 *
 * @param message the recipient's message
 * @param orders orders in the window
 * @param revenue their revenue
 */
public record RecipientOutcome(SentMessage message, int orders, BigDecimal revenue) {
  public RecipientOutcome {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(revenue, "revenue");
  }

  /** True when the recipient ordered at least once in the window. */
  public boolean converted() {
    return orders > 0;
  }
}
