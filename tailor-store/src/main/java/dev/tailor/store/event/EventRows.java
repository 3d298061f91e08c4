package dev.tailor.store.event;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Micros;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps rows of the {@code events} table (with {@code customer_id} already resolved) to events. */
final class EventRows {
  private static final Map<String, EventType> TYPES = new HashMap<>();

  static {
    for (EventType t : EventType.values()) {
      TYPES.put(t.wireName(), t);
    }
  }

  private EventRows() {}

  static EventType type(String wireName) {
    EventType type = TYPES.get(wireName);
    return type != null ? type : EventType.parse(wireName);
  }

  static Event map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Event(
        rs.getString("event_id"),
        type(rs.getString("type")),
        Micros.toInstant(rs.getLong("ts")),
        Columns.text(rs, "customer_id"),
        Columns.text(rs, "anonymous_id"),
        Columns.text(rs, "product_id"),
        rs.getInt("quantity"),
        Columns.decimal(rs, "price"),
        Columns.text(rs, "order_id"),
        Columns.text(rs, "campaign_id"),
        Columns.text(rs, "message_id"));
  }
}
