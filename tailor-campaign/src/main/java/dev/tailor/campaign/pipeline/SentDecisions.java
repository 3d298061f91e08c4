package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.strategy.rules.ShownItems;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link ShownItems} port from message records: the products in the decisions of the messages
 * sent to a customer, with the newest send time, so a strategy's {@code exclude_emailed} leaves out
 * what a customer was emailed recently, across campaigns. Thread-safe.
 *
 * <p>A campaign chunk reads the sends of all its customers in one query with {@link #preload};
 * until the returned scope closes, questions on that thread about those customers are answered from
 * it (the same answers: only the query count differs).
 */
public final class SentDecisions implements ShownItems {
  private final MessageRepository messages;
  private final ThreadLocal<Preloaded> preloaded = new ThreadLocal<>();

  public SentDecisions(MessageRepository messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The sends of a chunk's customers at or after {@code since}. */
  private record Preloaded(Instant since, Map<String, List<Message>> sent) {}

  /** Ends a {@link #preload}: the thread asks the store again. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Reads what was sent to {@code customerIds} at or after {@code since} in one query; until the
   * scope closes, {@link #shownSince} on this thread answers those customers from it for any time
   * not before {@code since} (other questions go to the store as before).
   */
  public Scope preload(Collection<String> customerIds, Instant since) {
    Objects.requireNonNull(since, "since");
    Preloaded before = preloaded.get();
    preloaded.set(new Preloaded(since, messages.sentToCustomers(customerIds, since)));
    return () -> {
      if (before == null) {
        preloaded.remove();
      } else {
        preloaded.set(before);
      }
    };
  }

  @Override
  public Map<String, Instant> shownSince(String customerId, Instant since) {
    Preloaded p = preloaded.get();
    List<Message> sent =
        p != null && !since.isBefore(p.since()) && p.sent().containsKey(customerId)
            ? p.sent().get(customerId)
            : messages.sentTo(customerId, since);
    Map<String, Instant> shown = new HashMap<>();
    for (Message m : sent) {
      if (m.decision().isEmpty() || m.sentAt().isEmpty() || m.sentAt().get().isBefore(since)) {
        continue;
      }
      Instant at = m.sentAt().get();
      // Only the product ids are needed: streamed, without building the decision (a full read
      // parsed the whole tree of every earlier send, several per recipient).
      DecisionJson.shownItems(
          m.decision().get(),
          (product, algorithm) -> shown.merge(product, at, (a, b) -> a.isAfter(b) ? a : b));
    }
    return shown;
  }
}
