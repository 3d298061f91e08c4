package dev.tailor.campaign.pipeline;

import dev.tailor.core.event.Event;
import dev.tailor.core.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What deciding for a chunk of customers reads from the store, read for the whole chunk at once:
 * their recent events in one query, and their earlier sends (for {@code exclude_emailed}) in
 * another, instead of two queries per customer. The decisions are the same either way.
 */
final class ChunkReads {
  private ChunkReads() {}

  /** Each customer's newest events first, as many as a decision or an audience condition reads. */
  static Map<String, List<Event>> events(Store store, Collection<String> customerIds) {
    return store.events().recentForCustomers(customerIds, Planner.EVENTS_PER_CUSTOMER);
  }

  /**
   * Reads the customers' sends within the longest {@code exclude_emailed} window before {@code now}
   * when the strategies have one; the engines answer from it on this thread until the scope closes.
   */
  static SentDecisions.Scope sends(
      CampaignSetup setup, Collection<String> customerIds, Instant now) {
    Optional<Duration> window = setup.emailedWindow();
    if (setup.sent().isEmpty() || window.isEmpty() || customerIds.isEmpty()) {
      return () -> {};
    }
    return setup.sent().get().preload(customerIds, now.minus(window.get()));
  }
}
