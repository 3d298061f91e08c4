package dev.tailor.store.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** Reads and writes nullable columns the same way on both dialects. */
public final class Columns {
  private Columns() {}

  /** Binds {@code value} to parameter {@code index}, or SQL NULL when it is empty. */
  public static void setText(PreparedStatement s, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      s.setString(index, value.get());
    } else {
      s.setNull(index, Types.VARCHAR);
    }
  }

  public static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  public static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  public static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  public static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    return Micros.toOptional(longOrNull(rs, column));
  }

  /**
   * A price column: decimal text on SQLite, NUMERIC on PostgreSQL; both read back through their
   * text form so the scale is kept.
   */
  public static Optional<BigDecimal> decimal(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? Optional.empty() : Optional.of(new BigDecimal(text));
  }
}
