package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.strategy.rules.ShownItems;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link ShownItems} port from message records: the products in the decisions of the messages
 * sent to a customer, with the newest send time, so a strategy's {@code exclude_emailed} leaves out
 * what a customer was emailed recently, across campaigns. Thread-safe.
 */
public final class SentDecisions implements ShownItems {
  private final MessageRepository messages;

  public SentDecisions(MessageRepository messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  @Override
  public Map<String, Instant> shownSince(String customerId, Instant since) {
    Map<String, Instant> shown = new HashMap<>();
    for (Message m : messages.sentTo(customerId, since)) {
      if (m.decision().isEmpty() || m.sentAt().isEmpty()) {
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
