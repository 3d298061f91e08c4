package dev.tailor.ingest.interchange;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.ingest.read.Row;
import java.time.Instant;

/**
 * Reads {@code events} rows. An event without {@code event_id} gets a hash of its normalized fields
 * (see {@link EventIds}), so importing the same rows twice stores them once.
 */
public final class EventParser implements RecordParser<Event> {
  private final EventIds ids = new EventIds();

  @Override
  public Event parse(Row row) {
    Instant timestamp = Fields.instant(row, "timestamp");
    if (timestamp == null) {
      throw Fields.missing("timestamp");
    }
    EventType type = type(row);
    String customer = Fields.id(row, "customer_id");
    String anonymous = Fields.id(row, "anonymous_id");
    if (customer == null && anonymous == null) {
      throw new FieldException("customer_id", "missing required field (or anonymous_id)");
    }
    if (type == EventType.IDENTIFY && (customer == null || anonymous == null)) {
      throw Fields.missing(customer == null ? "customer_id" : "anonymous_id");
    }
    Integer quantity = Fields.integer(row, "quantity");
    if (quantity != null && quantity < 0) {
      throw new FieldException("quantity", "must not be negative: " + quantity);
    }
    String given = Fields.id(row, "event_id");
    Event.Builder b = Event.builder(given == null ? "pending" : given, type, timestamp);
    b.customerId(customer).anonymousId(anonymous);
    b.productId(Fields.id(row, "product_id"));
    b.quantity(quantity == null ? 1 : quantity);
    b.price(Fields.nonNegativeDecimal(row, "price"));
    b.orderId(Fields.id(row, "order_id"));
    b.campaignId(Fields.id(row, "campaign_id"));
    b.messageId(Fields.id(row, "message_id"));
    try {
      Event event = b.build();
      return given != null ? event : withId(event, ids.keyOf(event));
    } catch (TailorException e) {
      throw new FieldException("", e.getMessage());
    }
  }

  private static EventType type(Row row) {
    String v = Fields.required(row, "event");
    return EventType.find(v)
        .orElseThrow(() -> new FieldException("event", "unknown event type: '" + v + "'"));
  }

  private static Event withId(Event e, String id) {
    return new Event(
        id,
        e.type(),
        e.timestamp(),
        e.customerId(),
        e.anonymousId(),
        e.productId(),
        e.quantity(),
        e.price(),
        e.orderId(),
        e.campaignId(),
        e.messageId());
  }

  @Override
  public String idOf(Event record) {
    return record.eventId();
  }
}
