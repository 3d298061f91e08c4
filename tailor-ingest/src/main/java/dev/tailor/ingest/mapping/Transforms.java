package dev.tailor.ingest.mapping;

import dev.tailor.ingest.mapping.ValueSpec.Transform;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value transforms of a field spec. Each is built once per mapping and reused per row. */
final class Transforms {
  /** {@code date-format} value for epoch seconds. */
  static final String EPOCH_SECONDS = "epoch-seconds";

  /** {@code date-format} value for epoch milliseconds. */
  static final String EPOCH_MILLIS = "epoch-millis";

  private Transforms() {}

  static Transform strip() {
    return String::strip;
  }

  /** Replaces every match of {@code pattern} by {@code with} ({@code $1} refers to groups). */
  static Transform replace(Pattern pattern, String with) {
    return v -> {
      if (v.isEmpty()) {
        return v;
      }
      Matcher m = pattern.matcher(v);
      return m.find() ? m.replaceAll(with) : v;
    };
  }

  /** The {@code index}-th part (0-based) of the value cut at {@code separator}, else empty. */
  static Transform split(String separator, int index) {
    return v -> {
      int from = 0;
      for (int i = 0; i < index; i++) {
        int at = v.indexOf(separator, from);
        if (at < 0) {
          return "";
        }
        from = at + separator.length();
      }
      int end = v.indexOf(separator, from);
      return (end < 0 ? v.substring(from) : v.substring(from, end)).strip();
    };
  }

  /** Looks the value up; values not in the map become {@code otherwise}, or stay as they are. */
  static Transform map(Map<String, String> values, Optional<String> otherwise) {
    Map<String, String> copy = Map.copyOf(values);
    return v -> {
      String mapped = copy.get(v);
      if (mapped != null) {
        return mapped;
      }
      return v.isEmpty() ? v : otherwise.orElse(v);
    };
  }

  /** Drops a leading minus sign: the absolute value of a number, written as given. */
  static Transform abs() {
    return v -> v.startsWith("-") ? v.substring(1).strip() : v;
  }

  /** Parses a date-time with {@code pattern} in {@code zone}; writes it as an ISO instant. */
  static Transform date(String pattern, ZoneId zone) {
    if (pattern.equals(EPOCH_SECONDS) || pattern.equals(EPOCH_MILLIS)) {
      boolean millis = pattern.equals(EPOCH_MILLIS);
      return v -> {
        if (v.isEmpty()) {
          return v;
        }
        try {
          long n = Long.parseLong(v);
          return (millis ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n)).toString();
        } catch (NumberFormatException | DateTimeException e) {
          throw new IllegalArgumentException("not " + pattern + ": '" + v + "'", e);
        }
      };
    }
    DateTimeFormatter f = formatter(pattern, zone);
    return v -> {
      if (v.isEmpty()) {
        return v;
      }
      try {
        return f.parse(v, Instant::from).toString();
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("'" + v + "' does not match '" + pattern + "'", e);
      }
    };
  }

  /**
   * A formatter for {@code pattern}; midnight is assumed when the pattern has no hour.
   *
   * @throws IllegalArgumentException when the pattern is not valid
   */
  static DateTimeFormatter formatter(String pattern, ZoneId zone) {
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().appendPattern(pattern);
    if (!hasHour(pattern)) {
      b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
    }
    return b.toFormatter(Locale.ROOT).withZone(zone);
  }

  private static boolean hasHour(String pattern) {
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && "HhKk".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
