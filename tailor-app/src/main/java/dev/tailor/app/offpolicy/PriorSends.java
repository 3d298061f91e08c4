package dev.tailor.app.offpolicy;

import dev.tailor.campaign.pipeline.DecisionJson;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.strategy.rules.ShownItems;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What a customer had been emailed before the decision being replayed (the clock's instant), so a
 * strategy's {@code exclude_emailed} sees what it saw then, not the message being replayed or later
 * ones.
 */
final class PriorSends implements ShownItems {
  private final MessageRepository messages;
  private final Clock clock;

  PriorSends(MessageRepository messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public Map<String, Instant> shownSince(String customerId, Instant since) {
    Instant before = clock.instant();
    Map<String, Instant> shown = new HashMap<>();
    for (Message m : messages.sentTo(customerId, since)) {
      if (m.decision().isEmpty() || m.sentAt().isEmpty() || !m.sentAt().get().isBefore(before)) {
        continue;
      }
      Instant at = m.sentAt().get();
      for (DecisionItem i : DecisionJson.read(m.decision().get()).items()) {
        shown.merge(i.productId(), at, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return shown;
  }
}
