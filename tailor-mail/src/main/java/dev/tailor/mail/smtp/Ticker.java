package dev.tailor.mail.smtp;

import java.util.concurrent.TimeUnit;

/**
 * The monotonic time and the waiting that pacing and backoff use, so tests can replace both with a
 * fake that advances instead of sleeping.
 */
public interface Ticker {
  /** The real one: {@link System#nanoTime()} and {@link Thread#sleep}. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
          if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
          }
        }
      };

  /** A monotonic time in nanoseconds. */
  long nanoTime();

  /** Waits {@code nanos} nanoseconds (nothing when zero or less). */
  void sleepNanos(long nanos) throws InterruptedException;
}
