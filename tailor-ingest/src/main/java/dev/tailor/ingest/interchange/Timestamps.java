package dev.tailor.ingest.interchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Parses the timestamps of the interchange files, without regular expressions or exceptions on the
 * common paths:
 *
 * <ul>
 *   <li>epoch seconds, optionally with a fraction: {@code 964982703}, {@code 964982703.25};
 *   <li>ISO-8601 with an offset: {@code 2024-03-01T10:15:30Z}, {@code 2024-03-01T10:15:30.5+01:00},
 *       {@code 2024-03-01T10:15:30+0100}, also with a space instead of {@code T}, and with a
 *       bracketed zone as Java writes it ({@code ...+01:00[Europe/Paris]});
 *   <li>a plain {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd HH:mm:ss[.f]}
 *       ({@code T} also accepted) without offset, taken as UTC.
 * </ul>
 */
public final class Timestamps {
  /** The largest epoch second accepted (9999-12-31T23:59:59Z); larger values are likely millis. */
  static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  private static final String EXPECTED =
      "expected ISO-8601 (2024-03-01T10:15:30Z), yyyy-MM-dd[ HH:mm[:ss]] (UTC) or epoch seconds";

  private Timestamps() {}

  /**
   * The instant {@code text} denotes.
   *
   * @throws IllegalArgumentException with a reason naming the value when it is not a timestamp
   */
  public static Instant parse(String text) {
    String s = text.strip();
    Instant epoch = parseEpoch(s);
    if (epoch != null) {
      return epoch;
    }
    try {
      Instant quick = parseIso(s);
      return quick != null ? quick : parseZoned(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("bad date '" + text + "': " + e.getMessage(), e);
    }
  }

  private static Instant parseEpoch(String s) {
    int dot = -1;
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() <= start) {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' && dot < 0 && i > start) {
        dot = i;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    String whole = dot < 0 ? s : s.substring(0, dot);
    if (whole.length() > 13) {
      throw new IllegalArgumentException("bad date '" + s + "': epoch seconds out of range");
    }
    long seconds = Long.parseLong(whole);
    if (Math.abs(seconds) > MAX_EPOCH_SECOND) {
      throw new IllegalArgumentException(
          "bad date '" + s + "': epoch seconds out of range (milliseconds given?)");
    }
    long nanos = 0;
    if (dot >= 0 && dot + 1 < s.length()) {
      String frac = (s.substring(dot + 1) + "000000000").substring(0, 9);
      nanos = Long.parseLong(frac);
    }
    return Instant.ofEpochSecond(seconds, seconds < 0 ? -nanos : nanos);
  }

  /** The common ISO shapes by hand; null when the text has another shape. */
  private static Instant parseIso(String s) {
    int n = s.length();
    if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    if (n == 10) {
      return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    char sep = s.charAt(10);
    if ((sep != 'T' && sep != ' ') || n < 16 || s.charAt(13) != ':') {
      return null;
    }
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = 0;
    int nanos = 0;
    int i = 16;
    if (i < n && s.charAt(i) == ':') {
      second = digits(s, 17, 2);
      i = 19;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        int end = i + 1;
        while (end < n && Character.isDigit(s.charAt(end)) && end - i <= 9) {
          end++;
        }
        nanos = fraction(s, i + 1, end);
        i = end;
      }
    }
    if (hour < 0 || minute < 0 || second < 0 || nanos < 0) {
      return null;
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    return local.toInstant(offset);
  }

  private static ZoneOffset offset(String s, int i) {
    int n = s.length();
    if (i == n) {
      return ZoneOffset.UTC;
    }
    char c = s.charAt(i);
    if ((c == 'Z' || c == 'z') && i + 1 == n) {
      return ZoneOffset.UTC;
    }
    if (c != '+' && c != '-') {
      return null;
    }
    int rest = n - i - 1;
    int hours = rest >= 2 ? digits(s, i + 1, 2) : -1;
    int minutes = 0;
    if (rest == 5 && s.charAt(i + 3) == ':') {
      minutes = digits(s, i + 4, 2);
    } else if (rest == 4) {
      minutes = digits(s, i + 3, 2);
    } else if (rest != 2) {
      return null;
    }
    if (hours < 0 || minutes < 0) {
      return null;
    }
    int sign = c == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static Instant parseZoned(String s) {
    try {
      return DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(s, Instant::from);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("bad date '" + s + "': " + EXPECTED, e);
    }
  }

  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int fraction(String s, int from, int end) {
    if (end == from || end - from > 9) {
      return -1;
    }
    int v = digits(s, from, end - from);
    for (int k = end - from; k < 9; k++) {
      v *= 10;
    }
    return v;
  }
}
