package dev.tailor.store.event;

import dev.tailor.core.event.Event;
import dev.tailor.store.internal.Dialect;
import dev.tailor.store.internal.Micros;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Appends events with plain JDBC, the hot path of imports. SQLite runs one prepared statement per
 * event in a JDBC batch ({@code ON CONFLICT DO NOTHING} reports 0 for a known id); PostgreSQL sends
 * each chunk as eleven arrays in one {@code INSERT ... SELECT FROM unnest(...)}, whose update count
 * is exactly the number of new rows. Both count new events exactly.
 */
final class EventWriter {
  /** Events per JDBC batch (SQLite) or per statement (PostgreSQL). */
  static final int CHUNK = 10_000;

  private final Dialect dialect;
  private final String sql;

  EventWriter(Dialect dialect, String sql) {
    this.dialect = dialect;
    this.sql = sql;
  }

  /** Appends {@code events} (distinct ids) on {@code connection}; returns how many were new. */
  int append(Connection connection, List<Event> events) throws SQLException {
    int added = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int from = 0; from < events.size(); from += CHUNK) {
        List<Event> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
        added +=
            dialect == Dialect.POSTGRESQL
                ? appendArrays(connection, statement, chunk)
                : appendBatch(statement, chunk);
      }
    }
    return added;
  }

  private static int appendBatch(PreparedStatement s, List<Event> chunk) throws SQLException {
    for (Event e : chunk) {
      s.setString(1, e.eventId());
      s.setString(2, e.type().wireName());
      s.setLong(3, Micros.of(e.timestamp()));
      setText(s, 4, e.customerId().orElse(null));
      setText(s, 5, e.anonymousId().orElse(null));
      setText(s, 6, e.productId().orElse(null));
      s.setInt(7, e.quantity());
      setText(s, 8, e.price().map(BigDecimal::toString).orElse(null));
      setText(s, 9, e.orderId().orElse(null));
      setText(s, 10, e.campaignId().orElse(null));
      setText(s, 11, e.messageId().orElse(null));
      s.addBatch();
    }
    int added = 0;
    for (int count : s.executeBatch()) {
      if (count > 0) {
        added += count;
      }
    }
    return added;
  }

  private static void setText(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static int appendArrays(Connection c, PreparedStatement s, List<Event> chunk)
      throws SQLException {
    int n = chunk.size();
    String[] ids = new String[n];
    String[] types = new String[n];
    Long[] times = new Long[n];
    String[] customers = new String[n];
    String[] anonymous = new String[n];
    String[] products = new String[n];
    Integer[] quantities = new Integer[n];
    BigDecimal[] prices = new BigDecimal[n];
    String[] orders = new String[n];
    String[] campaigns = new String[n];
    String[] messages = new String[n];
    for (int i = 0; i < n; i++) {
      Event e = chunk.get(i);
      ids[i] = e.eventId();
      types[i] = e.type().wireName();
      times[i] = Micros.of(e.timestamp());
      customers[i] = e.customerId().orElse(null);
      anonymous[i] = e.anonymousId().orElse(null);
      products[i] = e.productId().orElse(null);
      quantities[i] = e.quantity();
      prices[i] = e.price().orElse(null);
      orders[i] = e.orderId().orElse(null);
      campaigns[i] = e.campaignId().orElse(null);
      messages[i] = e.messageId().orElse(null);
    }
    Object[][] columns = {
      ids,
      types,
      times,
      customers,
      anonymous,
      products,
      quantities,
      prices,
      orders,
      campaigns,
      messages
    };
    String[] sqlTypes = {
      "text", "text", "int8", "text", "text", "text", "int4", "numeric", "text", "text", "text"
    };
    for (int i = 0; i < columns.length; i++) {
      Array array = c.createArrayOf(sqlTypes[i], columns[i]);
      s.setArray(i + 1, array);
    }
    return s.executeUpdate();
  }
}
