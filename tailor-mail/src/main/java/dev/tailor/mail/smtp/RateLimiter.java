package dev.tailor.mail.smtp;

import java.util.Objects;

/**
 * At most {@code perSecond} sends in any second and {@code perHour} in any rolling hour (0 = no
 * limit). Each caller reserves the earliest slot that keeps both windows within their limit and
 * waits until then; slots are handed out first come, first served. Remembers the times of the last
 * {@code perHour} (and {@code perSecond}) slots, 8 bytes each. Thread-safe.
 */
final class RateLimiter {
  private static final long SECOND = 1_000_000_000L;
  private static final long HOUR = 3600 * SECOND;

  private final Ticker ticker;
  private final Window second;
  private final Window hour;
  private long last = Long.MIN_VALUE;

  RateLimiter(int perSecond, int perHour, Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.second = perSecond > 0 ? new Window(perSecond, SECOND) : null;
    this.hour = perHour > 0 ? new Window(perHour, HOUR) : null;
  }

  /**
   * Reserves the next slot and returns how many nanoseconds to wait for it, or {@code -1} (and
   * reserves nothing) when that is longer than {@code maxWaitNanos}.
   */
  synchronized long reserve(long maxWaitNanos) {
    if (second == null && hour == null) {
      return 0;
    }
    long now = ticker.nanoTime();
    long at = last == Long.MIN_VALUE ? now : Math.max(now, last);
    if (second != null) {
      at = Math.max(at, second.earliest());
    }
    if (hour != null) {
      at = Math.max(at, hour.earliest());
    }
    if (at - now > maxWaitNanos) {
      return -1;
    }
    if (second != null) {
      second.record(at);
    }
    if (hour != null) {
      hour.record(at);
    }
    last = at;
    return at - now;
  }

  /** The times of the last {@code limit} slots in a ring. */
  private static final class Window {
    private final long[] times;
    private final long length;
    private int oldest;
    private int count;

    Window(int limit, long length) {
      this.times = new long[limit];
      this.length = length;
    }

    long earliest() {
      return count < times.length ? Long.MIN_VALUE : times[oldest] + length;
    }

    void record(long at) {
      if (count < times.length) {
        times[(oldest + count) % times.length] = at;
        count++;
      } else {
        times[oldest] = at;
        oldest = (oldest + 1) % times.length;
      }
    }
  }
}
