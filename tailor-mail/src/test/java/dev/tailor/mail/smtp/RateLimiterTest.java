package dev.tailor.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long HOUR = 3600 * SECOND;

  /** Reserves {@code n} slots, sleeping on the fake ticker, and returns their times. */
  private static List<Long> take(RateLimiter limiter, FakeTicker ticker, int n, long maxWait) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long wait = limiter.reserve(maxWait);
      assertThat(wait).isGreaterThanOrEqualTo(0);
      ticker.sleepNanos(wait);
      times.add(ticker.nanoTime());
    }
    return times;
  }

  private static int maxInAnyWindow(List<Long> times, long window) {
    int best = 0;
    for (int i = 0; i < times.size(); i++) {
      int count = 0;
      for (int j = i; j < times.size() && times.get(j) < times.get(i) + window; j++) {
        count++;
      }
      best = Math.max(best, count);
    }
    return best;
  }

  @Test
  void noLimitNeverWaits() {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(0, 0, ticker);
    take(limiter, ticker, 1000, 0);
    assertThat(ticker.elapsedSinceStart()).isZero();
  }

  @Test
  void perSecondLimitHoldsInEveryWindowAndPacesTheSends() {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(10, 0, ticker);
    List<Long> times = take(limiter, ticker, 35, Long.MAX_VALUE);

    assertThat(maxInAnyWindow(times, SECOND)).isEqualTo(10);
    assertThat(ticker.elapsedSinceStart()).isEqualTo(3 * SECOND);
  }

  @Test
  void perHourLimitHoldsOverARollingHour() {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(100, 250, ticker);
    List<Long> times = take(limiter, ticker, 600, Long.MAX_VALUE);

    assertThat(maxInAnyWindow(times, HOUR)).isEqualTo(250);
    assertThat(maxInAnyWindow(times, SECOND)).isLessThanOrEqualTo(100);
    assertThat(ticker.elapsedSinceStart()).isGreaterThanOrEqualTo(2 * HOUR);
  }

  @Test
  void aSlotFurtherAwayThanTheMaximumWaitIsRefusedAndNotReserved() {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(0, 2, ticker);
    take(limiter, ticker, 2, 0);

    assertThat(limiter.reserve(60 * SECOND)).isEqualTo(-1);
    ticker.advance(HOUR);
    assertThat(limiter.reserve(0)).isZero();
  }

  @Test
  void idleTimeIsNotBankedBeyondTheLimit() {
    FakeTicker ticker = new FakeTicker();
    RateLimiter limiter = new RateLimiter(5, 0, ticker);
    take(limiter, ticker, 5, Long.MAX_VALUE);
    ticker.advance(10 * SECOND);
    List<Long> times = take(limiter, ticker, 20, Long.MAX_VALUE);
    assertThat(maxInAnyWindow(times, SECOND)).isEqualTo(5);
  }
}
