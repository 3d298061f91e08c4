package dev.tailor.sim.csv;

import java.time.Instant;
import java.util.List;

/**
 * CSV rows under construction, in memory. Call the {@code field} methods for each column and {@link
 * #endRow()} after the last one. Not thread-safe; one buffer per thread.
 */
public final class CsvBuffer {
  private final StringBuilder text;
  private boolean rowStarted;
  private long rows;

  public CsvBuffer() {
    this(256);
  }

  public CsvBuffer(int capacity) {
    text = new StringBuilder(capacity);
  }

  /** Appends a text field, quoted if needed; {@code null} writes an empty field. */
  public CsvBuffer field(CharSequence value) {
    separate();
    if (value != null) {
      appendEscaped(text, value);
    }
    return this;
  }

  /** Appends an integer field. */
  public CsvBuffer field(long value) {
    separate();
    text.append(value);
    return this;
  }

  /**
   * Appends a non-negative decimal with exactly {@code decimals} digits after the point (0 to 9),
   * rounded half up, without the cost of {@code String.format}.
   */
  public CsvBuffer field(double value, int decimals) {
    if (!(value >= 0) || decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException(
          "cannot write " + value + " with " + decimals + " decimals");
    }
    separate();
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    long scaled = Math.round(value * scale);
    text.append(scaled / scale);
    if (decimals > 0) {
      text.append('.');
      String fraction = Long.toString(scaled % scale);
      for (int i = fraction.length(); i < decimals; i++) {
        text.append('0');
      }
      text.append(fraction);
    }
    return this;
  }

  /** Appends a boolean field as {@code true} or {@code false}. */
  public CsvBuffer field(boolean value) {
    separate();
    text.append(value);
    return this;
  }

  /** Appends an instant as ISO-8601 UTC with whole seconds, e.g. {@code 2026-10-01T12:34:56Z}. */
  public CsvBuffer instant(long epochSecond) {
    separate();
    Timestamps.appendIso(text, epochSecond);
    return this;
  }

  /** Appends an optional instant; {@code null} writes an empty field. */
  public CsvBuffer instant(Instant value) {
    return value == null ? empty() : instant(value.getEpochSecond());
  }

  /** Appends an empty field. */
  public CsvBuffer empty() {
    separate();
    return this;
  }

  /** Appends one row made of {@code values}, each quoted if needed. */
  public CsvBuffer row(List<String> values) {
    for (String v : values) {
      field(v);
    }
    return endRow();
  }

  /** Ends the current row. */
  public CsvBuffer endRow() {
    text.append('\n');
    rowStarted = false;
    rows++;
    return this;
  }

  /** Rows completed since creation or the last {@link #clear()}. */
  public long rows() {
    return rows;
  }

  /** The text of the completed rows. */
  public CharSequence text() {
    return text;
  }

  /** Forgets all rows, keeping the allocated capacity. */
  public void clear() {
    text.setLength(0);
    rowStarted = false;
    rows = 0;
  }

  private void separate() {
    if (rowStarted) {
      text.append(',');
    }
    rowStarted = true;
  }

  /** Appends {@code value} to {@code out}, quoted per RFC 4180 if it needs to be. */
  static void appendEscaped(StringBuilder out, CharSequence value) {
    if (!needsQuotes(value)) {
      out.append(value);
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  private static boolean needsQuotes(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
