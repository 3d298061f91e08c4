package dev.tailor.mail.smtp;

import java.util.ArrayList;
import java.util.List;

/** A {@link Ticker} whose sleeps advance its time at once and are recorded. */
final class FakeTicker implements Ticker {
  private long now = 1_000_000_000_000L;
  private final List<Long> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleepNanos(long nanos) {
    if (nanos > 0) {
      sleeps.add(nanos);
      now += nanos;
    }
  }

  synchronized void advance(long nanos) {
    now += nanos;
  }

  synchronized List<Long> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized long elapsedSinceStart() {
    return now - 1_000_000_000_000L;
  }
}
