package dev.tailor.core.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where message records live. Every change of state is a compare-and-set, so two workers, or a run
 * and its resumption, never both move the same message. Implementations: in-memory (tests), JDBC
 * (SQLite, PostgreSQL).
 */
public interface MessageRepository {
  /**
   * Stores the messages whose id and (campaign, customer) are not stored yet, in one transaction;
   * returns how many were new. Planning the same recipients again stores nothing.
   */
  int planAll(Collection<Message> messages);

  Optional<Message> findById(String id);

  /**
   * Messages of a campaign in one of {@code states} due by {@code dueBy} ({@code sendAt <= dueBy}),
   * in id order after {@code afterId} (exclusive; empty string for the first page).
   */
  List<Message> page(
      String campaignId, Set<MessageState> states, Instant dueBy, String afterId, int limit);

  /**
   * Applies each update whose message is still in its expected state, all in one transaction;
   * returns the ids of the messages that moved.
   */
  Set<String> transition(Collection<MessageUpdate> updates);

  /** Message counts of a campaign per variant, holdout flag and state. */
  List<StateCount> countByState(String campaignId);

  /** The earliest {@code sendAt} of the campaign's messages in one of {@code states}. */
  Optional<Instant> nextDue(String campaignId, Set<MessageState> states);

  /**
   * How many messages each of {@code customerIds} was sent at or after {@code since}, across
   * campaigns (for the frequency cap); customers with none are absent.
   */
  Map<String, Integer> sentSince(Collection<String> customerIds, Instant since);

  /**
   * The messages sent to {@code customerId} at or after {@code since}, across campaigns, oldest
   * first (what a strategy's {@code exclude_emailed} rule reads through their decisions).
   */
  List<Message> sentTo(String customerId, Instant since);

  /**
   * {@link #sentTo} for each of {@code customerIds} at once: every distinct id maps to its messages
   * sent at or after {@code since}, oldest first, an empty list when there are none. Stores answer
   * with one query per few hundred customers; this default asks once per customer.
   */
  default Map<String, List<Message>> sentToCustomers(
      Collection<String> customerIds, Instant since) {
    Map<String, List<Message>> out = new HashMap<>();
    for (String id : customerIds) {
      if (id != null && !out.containsKey(id)) {
        out.put(id, sentTo(id, since));
      }
    }
    return out;
  }

  long count();
}
