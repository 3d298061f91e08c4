package dev.tailor.insights.report;

import dev.tailor.core.Ids;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipient's 👍 or 👎 on an email or on one recommended product.
 *
 * @param messageId the message
 * @param productId the product judged, if the feedback was on a product
 * @param positive true for 👍
 * @param at when it was given
 */
public record Feedback(String messageId, Optional<String> productId, boolean positive, Instant at) {
  public Feedback {
    messageId = Ids.require("message_id", messageId);
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(at, "at");
  }
}
