package dev.tailor.core.suppression;

import dev.tailor.core.Ids;
import java.time.Instant;
import java.util.Objects;

/**
 * One customer on the suppression list.
 *
 * @param customerId the customer
 * @param reason why
 * @param at when they were added
 * @param detail the source, e.g. the bounce reply or the message that was unsubscribed from
 */
public record Suppression(String customerId, SuppressionReason reason, Instant at, String detail) {
  public Suppression {
    customerId = Ids.require("customer_id", customerId);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    detail = detail == null ? "" : detail;
  }
}
