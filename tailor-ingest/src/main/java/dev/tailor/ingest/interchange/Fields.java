package dev.tailor.ingest.interchange;

import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.ingest.read.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed reads of one field of a row. Values are stripped; an empty value is absent ({@code null}
 * here, never an empty string). Every failure is a {@link FieldException} naming the field.
 */
final class Fields {
  private Fields() {}

  /** The stripped value, or null when empty. */
  static String text(Row row, String field) {
    String v = row.get(field);
    if (v.isEmpty()) {
      return null;
    }
    String s = v.strip();
    return s.isEmpty() ? null : s;
  }

  static String required(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      throw missing(field);
    }
    return v;
  }

  static FieldException missing(String field) {
    return new FieldException(field, "missing required field");
  }

  /** A public id: no control characters, at most {@link Ids#MAX_LENGTH} characters. */
  static String id(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    try {
      return Ids.require(field, v);
    } catch (TailorException e) {
      throw new FieldException(field, e.getMessage());
    }
  }

  static String requiredId(Row row, String field) {
    String v = id(row, field);
    if (v == null) {
      throw missing(field);
    }
    return v;
  }

  static BigDecimal nonNegativeDecimal(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new FieldException(field, "not a number: '" + v + "'");
    }
    if (d.signum() < 0) {
      throw new FieldException(field, "must not be negative: " + v);
    }
    return d;
  }

  static Integer integer(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      try {
        return new BigDecimal(v).intValueExact();
      } catch (NumberFormatException | ArithmeticException e2) {
        throw new FieldException(field, "not a whole number: '" + v + "'");
      }
    }
  }

  static Double fraction(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new FieldException(field, "not a number: '" + v + "'");
    }
    if (!(d >= 0 && d <= 1)) {
      throw new FieldException(field, "must be between 0 and 1: " + v);
    }
    return d;
  }

  static Boolean bool(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> throw new FieldException(field, "not true or false: '" + v + "'");
    };
  }

  static Instant instant(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return null;
    }
    try {
      return Timestamps.parse(v);
    } catch (IllegalArgumentException e) {
      throw new FieldException(field, e.getMessage());
    }
  }

  /** A {@code |}-separated list, each item stripped, blanks dropped. */
  static List<String> list(Row row, String field) {
    String v = text(row, field);
    if (v == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    int from = 0;
    while (from <= v.length()) {
      int bar = v.indexOf('|', from);
      int to = bar < 0 ? v.length() : bar;
      String item = v.substring(from, to).strip();
      if (!item.isEmpty()) {
        items.add(item);
      }
      from = to + 1;
    }
    return items;
  }
}
