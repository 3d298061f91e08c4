package dev.tailor.web.api;

import dev.tailor.core.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Serves recommendations from the latest trained snapshots, from the customer's events as they are
 * now (so what they just viewed counts at once). Implementations are thread-safe.
 */
public interface RecommendationService {
  /** The largest {@code n} accepted. */
  int MAX_N = 100;

  /**
   * @param customerId the customer (unknown customers get the fallback's bestsellers)
   * @param strategy the name of a strategy file in the configured folder, or empty for the latest
   *     model alone
   * @param n items per slot, 1..{@link #MAX_N}
   * @throws dev.tailor.core.TailorException {@code NOT_FOUND} for an unknown strategy or when no
   *     model is trained, {@code BAD_INPUT} for a strategy file that does not parse
   */
  Recommendation recommend(String customerId, Optional<String> strategy, int n);

  /** When the snapshot serving model-only recommendations was trained, if one is loaded. */
  Optional<Instant> modelCreatedAt();

  /** Tells the service that products changed, so the next request sees the new catalog. */
  void catalogChanged();

  /**
   * Tells the service that {@code events} were just stored through {@code POST /v1/track}, so what
   * it keeps of those customers (and live counters) is brought up to date before the next request.
   */
  default void eventsTracked(List<Event> events) {}

  /** How many recommendation requests may run and wait at once. */
  default RecommendationLimits limits() {
    return RecommendationLimits.DEFAULTS;
  }
}
