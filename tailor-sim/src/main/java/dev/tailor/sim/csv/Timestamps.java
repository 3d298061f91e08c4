package dev.tailor.sim.csv;

/**
 * Formats epoch seconds as ISO-8601 UTC ({@code 2026-10-01T12:34:56Z}) without going through {@code
 * java.time} formatters, which dominate the cost of writing millions of event rows.
 */
public final class Timestamps {
  private Timestamps() {}

  /** The ISO-8601 UTC text of {@code epochSecond}. */
  public static String iso(long epochSecond) {
    StringBuilder sb = new StringBuilder(20);
    appendIso(sb, epochSecond);
    return sb.toString();
  }

  /** Appends the ISO-8601 UTC text of {@code epochSecond} to {@code out}. */
  public static void appendIso(StringBuilder out, long epochSecond) {
    long day = Math.floorDiv(epochSecond, 86_400L);
    int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
    appendDate(out, day);
    out.append('T');
    appendTwo(out, secondOfDay / 3600);
    out.append(':');
    appendTwo(out, secondOfDay / 60 % 60);
    out.append(':');
    appendTwo(out, secondOfDay % 60);
    out.append('Z');
  }

  /** Appends {@code yyyy-MM-dd} of the given epoch day (civil-from-days, proleptic Gregorian). */
  private static void appendDate(StringBuilder out, long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int dayOfMonth = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
      out.append(java.time.LocalDate.ofEpochDay(epochDay));
      return;
    }
    out.append(year).append('-');
    appendTwo(out, month);
    out.append('-');
    appendTwo(out, dayOfMonth);
  }

  private static void appendTwo(StringBuilder out, int value) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
