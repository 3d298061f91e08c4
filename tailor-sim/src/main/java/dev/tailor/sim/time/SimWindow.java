package dev.tailor.sim.time;

/**
 * The span of simulated history, in epoch seconds: events happen in {@code [start, end)}.
 *
 * @param start first second of the history
 * @param end the instant the history ends (exclusive)
 */
public record SimWindow(long start, long end) {
  /** Seconds in a day. */
  public static final long DAY = 86_400L;

  /** Seconds in an hour. */
  public static final long HOUR = 3_600L;

  public SimWindow {
    if (end <= start) {
      throw new IllegalArgumentException("the window must end after it starts");
    }
  }

  /** The window of {@code days} days ending at {@code end}. */
  public static SimWindow ofDays(long end, int days) {
    return new SimWindow(end - days * DAY, end);
  }

  /** Whole days covered. */
  public int days() {
    return (int) ((end - start) / DAY);
  }

  /** Days at the end of the window during which a few products trend: 2 to 7 days. */
  public int trendDays() {
    return Math.max(2, Math.min(7, days() / 15));
  }

  /** When the trend starts. */
  public long trendStart() {
    return Math.max(start, end - trendDays() * DAY);
  }

  /** True if {@code t} lies in the window. */
  public boolean contains(long t) {
    return t >= start && t < end;
  }
}
