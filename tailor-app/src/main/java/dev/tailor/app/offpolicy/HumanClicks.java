package dev.tailor.app.offpolicy;

import dev.tailor.campaign.pipeline.SentClickFeedback;
import dev.tailor.core.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The human clicks on products in sent messages, read the way {@link SentClickFeedback} reads them:
 * {@code email_clicked} events naming a message and a product, less the hits the tracking endpoint
 * recognised as a privacy proxy or scanner, and less clicks within {@link
 * SentClickFeedback#CLICK_GRACE} of the send (checked per message by {@link #clicked}).
 */
final class HumanClicks {
  private final Map<String, Map<String, Instant>> byMessage;

  private HumanClicks(Map<String, Map<String, Instant>> byMessage) {
    this.byMessage = byMessage;
  }

  static HumanClicks load(Store store) {
    return new HumanClicks(SentClickFeedback.humanClicks(store));
  }

  /** True when a human clicked {@code product} in the message sent at {@code sent}. */
  boolean clicked(String messageId, String product, Instant sent) {
    Instant click = byMessage.getOrDefault(messageId, Map.of()).get(product);
    if (click == null) {
      return false;
    }
    Duration since = Duration.between(sent, click);
    return since.isNegative() || since.compareTo(SentClickFeedback.CLICK_GRACE) >= 0;
  }
}
