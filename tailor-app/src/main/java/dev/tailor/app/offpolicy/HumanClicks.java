package dev.tailor.app.offpolicy;

import dev.tailor.campaign.pipeline.SentClickFeedback;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
    Map<String, String[]> byEvent = new HashMap<>();
    Map<String, Instant> at = new HashMap<>();
    store
        .events()
        .scanTypes(
            Set.of(EventType.EMAIL_CLICKED),
            e -> {
              if (e.messageId().isPresent() && e.productId().isPresent()) {
                byEvent.put(e.eventId(), new String[] {e.messageId().get(), e.productId().get()});
                at.put(e.eventId(), e.timestamp());
              }
            });
    if (!at.isEmpty()) {
      Instant from = at.values().stream().min(Instant::compareTo).get();
      Instant to = at.values().stream().max(Instant::compareTo).get();
      store
          .trackingHits()
          .scan(
              from,
              to.plusNanos(1_000),
              h -> {
                if (h.proxyKind().isPresent()) {
                  byEvent.remove(h.eventId());
                }
              });
    }
    Map<String, Map<String, Instant>> out = new HashMap<>();
    byEvent.forEach(
        (id, mp) ->
            out.computeIfAbsent(mp[0], k -> new HashMap<>())
                .merge(mp[1], at.get(id), (a, b) -> a.isAfter(b) ? a : b));
    return new HumanClicks(out);
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
