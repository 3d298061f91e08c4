package dev.tailor.store.event;

import dev.tailor.core.event.CustomerOrder;
import dev.tailor.core.event.Event;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Merges two event streams ordered by customer ({@link CustomerOrder}) and time into one list per
 * customer, oldest first; on equal times the first stream's event comes first. Holds one customer's
 * events at a time.
 */
final class CustomerMerge {
  private CustomerMerge() {}

  static void run(Iterator<Event> a, Iterator<Event> b, BiConsumer<String, List<Event>> sink) {
    Event nextA = a.hasNext() ? a.next() : null;
    Event nextB = b.hasNext() ? b.next() : null;
    List<Event> fromA = new ArrayList<>();
    List<Event> fromB = new ArrayList<>();
    while (nextA != null || nextB != null) {
      String customer;
      if (nextB == null) {
        customer = customer(nextA);
      } else if (nextA == null) {
        customer = customer(nextB);
      } else {
        customer =
            CustomerOrder.compare(customer(nextA), customer(nextB)) <= 0
                ? customer(nextA)
                : customer(nextB);
      }
      fromA.clear();
      fromB.clear();
      while (nextA != null && customer(nextA).equals(customer)) {
        fromA.add(nextA);
        nextA = a.hasNext() ? a.next() : null;
      }
      while (nextB != null && customer(nextB).equals(customer)) {
        fromB.add(nextB);
        nextB = b.hasNext() ? b.next() : null;
      }
      sink.accept(customer, merge(fromA, fromB));
    }
  }

  private static String customer(Event e) {
    return e.customerId().orElseThrow();
  }

  private static List<Event> merge(List<Event> x, List<Event> y) {
    List<Event> out = new ArrayList<>(x.size() + y.size());
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (j == y.size() || (i < x.size() && !x.get(i).timestamp().isAfter(y.get(j).timestamp()))) {
        out.add(x.get(i++));
      } else {
        out.add(y.get(j++));
      }
    }
    return out;
  }
}
