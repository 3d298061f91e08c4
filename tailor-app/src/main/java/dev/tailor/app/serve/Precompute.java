package dev.tailor.app.serve;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.recommend.CustomerHistory;
import dev.tailor.reco.recommend.Exclusion;
import dev.tailor.reco.recommend.Recommendations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Computes every customer's model-only answer for a newly loaded model, off the request path, so
 * that requests become lookups. Each answer is what a request would compute at that moment: the
 * customer's {@link LiveRecommendations#HISTORY} newest events, newest first as the store's {@code
 * recentForCustomer} returns them, made a history by the model's profile builder and scored by its
 * recommender with purchases excluded.
 *
 * <p>The store is read once, customer by customer ({@code scanByCustomer}, oldest first, turned
 * around here); only the histories are kept while it streams. A customer whose events include
 * anonymous ones at the same instant as others is read again by {@code recentForCustomer}, since
 * the scan may order such ties differently. Customers beyond {@code max} are left to request time.
 */
final class Precompute {
  private static final Set<EventType> ALL = EnumSet.allOf(EventType.class);

  /** Stops a scan from inside its callback. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private Precompute() {}

  /**
   * The answers of {@code m} for every customer with events (up to {@code max}), computed now.
   *
   * @param since the tracking counter read before the scan (see {@link PrecomputedAnswers#mark})
   * @param n items per answer
   * @param cancelled polled between customers; when it turns true, the run ends with {@link
   *     CancellationException}
   */
  static PrecomputedAnswers.Table run(
      ModelWatcher.Loaded m,
      EventRepository events,
      long since,
      int n,
      int max,
      BooleanSupplier cancelled) {
    Instant reference = m.serving().reference();
    Map<String, CustomerHistory> histories = new LinkedHashMap<>();
    List<String> reread = new ArrayList<>();
    boolean[] full = {false};
    try {
      events.scanByCustomer(
          ALL,
          (customer, oldestFirst) -> {
            if (cancelled.getAsBoolean()) {
              throw new Stop();
            }
            if (histories.size() + reread.size() >= max) {
              full[0] = true;
              throw new Stop();
            }
            if (tiesWithAnonymous(oldestFirst)) {
              reread.add(customer);
            } else {
              List<Event> recent = newestFirst(oldestFirst, LiveRecommendations.HISTORY);
              histories.put(customer, m.profiles().fromEvents(customer, recent, reference));
            }
          });
    } catch (Stop e) {
      if (!full[0]) {
        throw new CancellationException("a newer model was loaded");
      }
    }
    for (String customer : reread) {
      histories.put(
          customer,
          m.profiles()
              .fromEvents(
                  customer,
                  events.recentForCustomer(customer, LiveRecommendations.HISTORY),
                  reference));
    }
    Map<String, Recommendations> answers = new HashMap<>(histories.size() * 4 / 3 + 1);
    for (Map.Entry<String, CustomerHistory> h : histories.entrySet()) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("a newer model was loaded");
      }
      answers.put(h.getKey(), m.recommender().recommend(h.getValue(), n, Exclusion.PURCHASED));
    }
    Optional<Recommendations> cold =
        full[0]
            ? Optional.empty()
            : Optional.of(
                m.recommender().recommend(CustomerHistory.cold(""), n, Exclusion.PURCHASED));
    return new PrecomputedAnswers.Table(m, since, answers, cold);
  }

  /** The last {@code limit} of {@code oldestFirst}, newest first. */
  static List<Event> newestFirst(List<Event> oldestFirst, int limit) {
    int size = oldestFirst.size();
    int take = Math.min(limit, size);
    List<Event> out = new ArrayList<>(take);
    for (int i = size - 1; i >= size - take; i--) {
      out.add(oldestFirst.get(i));
    }
    return out;
  }

  /**
   * True when two events at the same instant include an anonymous one: the scan merges linked
   * anonymous events by time alone, the store's recent read breaks such ties by arrival.
   */
  static boolean tiesWithAnonymous(List<Event> oldestFirst) {
    for (int i = 1; i < oldestFirst.size(); i++) {
      Event a = oldestFirst.get(i - 1);
      Event b = oldestFirst.get(i);
      if (a.timestamp().equals(b.timestamp())
          && (a.anonymousId().isPresent() || b.anonymousId().isPresent())) {
        return true;
      }
    }
    return false;
  }
}
