package dev.tailor.app.strategy;

import dev.tailor.core.event.CustomerOrder;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The store's customers with their histories, in batches, without holding the event log: the
 * customers (id and first name) are read and sorted in {@link CustomerOrder}, then joined with the
 * store's per-customer event stream ({@code scanByCustomer}), which comes in the same order.
 * Customers without events get an empty history; events of ids that are not customers of the store
 * are skipped. Only the event types decisions read ({@code CustomerFacts.isRelevant}) are fetched.
 */
final class AudienceStream {
  /** Event types a decision reads. */
  static final Set<EventType> RELEVANT =
      EnumSet.of(
          EventType.ORDER_COMPLETED,
          EventType.PRODUCT_VIEWED,
          EventType.PRODUCT_ADDED,
          EventType.PRODUCT_REMOVED);

  /** A run of consecutive customers with their events. */
  record Batch(int seq, String[] ids, String[] firstNames, List<List<Event>> events) {
    int size() {
      return ids.length;
    }

    Optional<String> firstName(int k) {
      return Optional.ofNullable(firstNames[k]);
    }
  }

  private final String[] ids;
  private final String[] firstNames;

  private AudienceStream(String[] ids, String[] firstNames) {
    this.ids = ids;
    this.firstNames = firstNames;
  }

  /** Reads the store's customers (ids and first names only) and sorts them. */
  static AudienceStream of(Store store) {
    List<String[]> rows = new ArrayList<>();
    store.customers().forEach(c -> rows.add(new String[] {c.id(), c.firstName().orElse(null)}));
    rows.sort((a, b) -> CustomerOrder.compare(a[0], b[0]));
    String[] ids = new String[rows.size()];
    String[] names = new String[rows.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = rows.get(k)[0];
      names[k] = rows.get(k)[1];
    }
    return new AudienceStream(ids, names);
  }

  int customers() {
    return ids.length;
  }

  /** Streams every customer in batches of {@code size} to {@code sink}, on the calling thread. */
  void run(Store store, int size, Consumer<Batch> sink) {
    int[] next = {0};
    int[] seq = {0};
    List<List<Event>> pending = new ArrayList<>();
    int[] batchStart = {0};
    Runnable flush =
        () -> {
          int from = batchStart[0];
          int to = next[0];
          sink.accept(
              new Batch(
                  seq[0]++,
                  Arrays.copyOfRange(ids, from, to),
                  Arrays.copyOfRange(firstNames, from, to),
                  List.copyOf(pending)));
          pending.clear();
          batchStart[0] = to;
        };
    Consumer<List<Event>> add =
        events -> {
          pending.add(events);
          next[0]++;
          if (next[0] - batchStart[0] == size) {
            flush.run();
          }
        };
    store
        .events()
        .scanByCustomer(
            RELEVANT,
            (customer, events) -> {
              while (next[0] < ids.length && CustomerOrder.compare(ids[next[0]], customer) < 0) {
                add.accept(List.of());
              }
              if (next[0] < ids.length && ids[next[0]].equals(customer)) {
                add.accept(events);
              }
            });
    while (next[0] < ids.length) {
      add.accept(List.of());
    }
    if (next[0] > batchStart[0]) {
      flush.run();
    }
  }
}
