package dev.tailor.app.serve;

import dev.tailor.reco.recommend.Recommendations;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Model-only answers computed ahead of requests for one loaded model (see {@link Precompute}), and
 * which customers they no longer hold for. Every tracked event of a customer takes a number from a
 * counter; a table remembers the counter when its scan of the store began, so an answer is used
 * only when none of its customer's events was tracked since (an event tracked during the scan may
 * or may not have been read, so it voids the answer too). Thread-safe.
 */
final class PrecomputedAnswers {
  /**
   * The answers of one scan.
   *
   * @param model the model they were computed with; other models get no answer from this table
   * @param since the tracking counter when the scan began
   * @param answers per customer who had events then (not changed once published)
   * @param cold the answer of a customer without events (its customer id is replaced per request),
   *     or empty when the scan stopped at its bound, so that a customer missing from {@code
   *     answers} may have events
   */
  record Table(
      Object model,
      long since,
      Map<String, Recommendations> answers,
      Optional<Recommendations> cold) {}

  private final AtomicLong counter = new AtomicLong();
  private final ConcurrentHashMap<String, Long> tracked = new ConcurrentHashMap<>();
  private volatile Table table;

  /** The counter now: pass it to {@link Table} as the start of a scan begun after this call. */
  long mark() {
    return counter.get();
  }

  /** An event of {@code customerId} was just stored: their precomputed answer no longer holds. */
  void tracked(String customerId) {
    tracked.put(customerId, counter.incrementAndGet());
  }

  /** Serves {@code t} from now on, in place of the previous table. */
  void publish(Table t) {
    table = t;
    long since = t.since();
    // customers tracked before this scan began are in its answers already
    tracked.values().removeIf(seq -> seq <= since);
  }

  /** Forgets every table (no precomputed answer is served until the next publish). */
  void clear() {
    table = null;
  }

  /**
   * The answer precomputed for {@code customerId} with {@code model}, if one holds: from the table
   * for that model, and no event of theirs tracked since its scan began.
   */
  Optional<Recommendations> find(Object model, String customerId) {
    Table t = table;
    if (t == null || t.model() != model) {
      return Optional.empty();
    }
    Long seq = tracked.get(customerId);
    if (seq != null && seq > t.since()) {
      return Optional.empty();
    }
    Recommendations r = t.answers().get(customerId);
    if (r != null) {
      return Optional.of(r);
    }
    return t.cold().map(c -> new Recommendations(customerId, c.items(), c.servedBy(), c.note()));
  }

  /** Customers with a precomputed answer in the table now serving (0 without one). */
  int size() {
    Table t = table;
    return t == null ? 0 : t.answers().size();
  }
}
