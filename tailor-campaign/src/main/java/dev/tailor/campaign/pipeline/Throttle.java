package dev.tailor.campaign.pipeline;

import dev.tailor.campaign.spec.ThrottleSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * Spaces sends so that no more than {@code per_second} start in any second and {@code per_hour} in
 * any hour: each send reserves the next free slot of both limits (a fixed interval of 1/rate, so
 * bursts never exceed the rate). Thread-safe; a limit of 0 is no limit.
 */
public final class Throttle {
  private final long secondInterval;
  private final long hourInterval;
  private long nextSecondSlot = Long.MIN_VALUE;
  private long nextHourSlot = Long.MIN_VALUE;

  public Throttle(ThrottleSpec spec) {
    this.secondInterval = spec.perSecond() == 0 ? 0 : 1_000_000_000L / spec.perSecond();
    this.hourInterval = spec.perHour() == 0 ? 0 : 3_600_000_000_000L / spec.perHour();
  }

  /** Waits until the next send may start. */
  public void acquire() {
    if (secondInterval == 0 && hourInterval == 0) {
      return;
    }
    long at;
    synchronized (this) {
      long now = System.nanoTime();
      at = Math.max(now, Math.max(nextSecondSlot, nextHourSlot));
      nextSecondSlot = at + secondInterval;
      nextHourSlot = at + hourInterval;
    }
    long wait = at - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TailorException(ErrorCode.RUNTIME, "interrupted while throttled");
      }
    }
  }
}
