package dev.tailor.insights.attribution;

import dev.tailor.core.Ids;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A completed order: the {@code order_completed} events sharing an order id.
 *
 * @param orderId the order id (the event id when the events named none)
 * @param customerId the customer
 * @param at the earliest of its events' times
 * @param lines its lines
 */
public record Order(String orderId, String customerId, Instant at, List<OrderLine> lines) {
  public Order {
    orderId = Ids.require("order_id", orderId);
    customerId = Ids.require("customer_id", customerId);
    Objects.requireNonNull(at, "at");
    lines = List.copyOf(lines);
  }

  /** The sum of the lines' revenue. */
  public BigDecimal revenue() {
    BigDecimal sum = BigDecimal.ZERO;
    for (OrderLine l : lines) {
      sum = sum.add(l.revenue());
    }
    return sum;
  }

  /**
   * Groups the {@code order_completed} events of {@code events} into orders, in order of first
   * appearance. Other event types, and orders of visitors never linked to a customer, are left out
   * (identity links are resolved when events are imported).
   */
  public static List<Order> fromEvents(List<Event> events) {
    Map<String, List<Event>> byOrder = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.type() == EventType.ORDER_COMPLETED && e.customerId().isPresent()) {
        String key = e.customerId().get() + "\u0000" + e.orderId().orElse("\u0001" + e.eventId());
        byOrder.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    List<Order> orders = new ArrayList<>(byOrder.size());
    for (List<Event> group : byOrder.values()) {
      Event first = group.get(0);
      Instant at = first.timestamp();
      List<OrderLine> lines = new ArrayList<>();
      for (Event e : group) {
        at = e.timestamp().isBefore(at) ? e.timestamp() : at;
        BigDecimal revenue =
            e.price()
                .map(p -> p.multiply(BigDecimal.valueOf(e.quantity())))
                .orElse(BigDecimal.ZERO);
        lines.add(new OrderLine(e.productId(), e.quantity(), revenue));
      }
      orders.add(
          new Order(first.orderId().orElse(first.eventId()), first.customerId().get(), at, lines));
    }
    return orders;
  }
}
