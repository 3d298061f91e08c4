package dev.tailor.app.serve;

import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.web.api.Recommendation;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the server keeps per customer between requests: their recent events, their record, and the
 * last model-only answer. Bounded (the oldest-looking entries go first when full), expiring after a
 * time to live, and dropped for a customer the moment one of their events is tracked.
 *
 * <p>Entries are replaced by compare-and-set against the entry a request started from, and a drop
 * leaves a fresh marker, so a request that read the store before an event arrived can never put its
 * stale answer back after the drop.
 */
final class CustomerCache {
  /** One customer's entry; identity equality, so each drop marker is distinct. */
  static final class Entry {
    final List<Event> events;
    final Optional<Customer> customer;
    final Recommendation answer;
    final int answerN;
    final String answerVersion;
    final long born;

    private Entry(
        List<Event> events,
        Optional<Customer> customer,
        Recommendation answer,
        int answerN,
        String answerVersion,
        long born) {
      this.events = events;
      this.customer = customer;
      this.answer = answer;
      this.answerN = answerN;
      this.answerVersion = answerVersion;
      this.born = born;
    }

    /** The same events and record with a model-only answer of {@code n} items per slot. */
    Entry withAnswer(Recommendation r, int n, String version) {
      return new Entry(events, customer, r, n, version, born);
    }

    /** The same events and answer with the customer's record. */
    Entry withCustomer(Optional<Customer> c) {
      return new Entry(events, c, answer, answerN, answerVersion, born);
    }

    /** The answer kept for {@code version} with at least {@code n} items per slot, if any. */
    Optional<Recommendation> answer(String version, int n) {
      return answer != null && answerN >= n && answerVersion.equals(version)
          ? Optional.of(answer)
          : Optional.empty();
    }

    boolean isDrop() {
      return events == null;
    }
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final int max;
  private final long ttlNanos;
  private final LongSupplier nanos;

  /**
   * @param max customers kept (0 keeps none)
   * @param ttl the longest an entry is used
   * @param nanos a monotonic clock in nanoseconds
   */
  CustomerCache(int max, Duration ttl, LongSupplier nanos) {
    this.max = max;
    this.ttlNanos = ttl.toNanos();
    this.nanos = nanos;
  }

  /** The entry as it is now (to pass back to {@link #offer}), possibly stale or a drop marker. */
  Entry seen(String customerId) {
    return max == 0 ? null : entries.get(customerId);
  }

  /** True when {@code e} holds events that may be used now. */
  boolean usable(Entry e) {
    return e != null && !e.isDrop() && nanos.getAsLong() - e.born < ttlNanos;
  }

  /** A new entry holding events read from the store now. */
  Entry fresh(List<Event> events, Optional<Customer> customer) {
    return new Entry(List.copyOf(events), customer, null, 0, "", nanos.getAsLong());
  }

  /** Stores {@code next} unless the entry changed since {@code seen} was read. */
  void offer(String customerId, Entry seen, Entry next) {
    if (max == 0) {
      return;
    }
    boolean stored =
        seen == null
            ? entries.putIfAbsent(customerId, next) == null
            : entries.replace(customerId, seen, next);
    if (stored && seen == null && entries.size() > max) {
      trim();
    }
  }

  /** Forgets what is kept of {@code customerId} (their events changed). */
  void drop(String customerId) {
    if (max > 0) {
      entries.put(customerId, new Entry(null, Optional.empty(), null, 0, "", nanos.getAsLong()));
      if (entries.size() > max) {
        trim();
      }
    }
  }

  /** Forgets every customer's answer (the catalog changed). */
  void clear() {
    entries.clear();
  }

  int size() {
    return entries.size();
  }

  /** Removes expired entries and drop markers first, then any, down to 90 % of the bound. */
  private synchronized void trim() {
    int target = max - max / 10;
    long now = nanos.getAsLong();
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      Entry e = it.next();
      if (e.isDrop() || now - e.born >= ttlNanos) {
        it.remove();
      }
    }
    for (Iterator<String> it = entries.keySet().iterator();
        it.hasNext() && entries.size() > target; ) {
      it.next();
      it.remove();
    }
  }
}
