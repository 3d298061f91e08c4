package dev.tailor.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still at {@link #DEFAULT_INSTANT} (or any instant given) until a test moves
 * it with {@link #advance} or {@link #set}. Thread-safe.
 */
public final class FixedClock extends Clock {
  /** The instant every test starts from unless it says otherwise: 2025-06-02T09:00:00Z. */
  public static final Instant DEFAULT_INSTANT = Instant.parse("2025-06-02T09:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private FixedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A UTC clock at {@link #DEFAULT_INSTANT}. */
  public static FixedClock create() {
    return at(DEFAULT_INSTANT);
  }

  /** A UTC clock at {@code instant}. */
  public static FixedClock at(Instant instant) {
    return new FixedClock(
        new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
  }

  /**
   * A plain {@link Clock#fixed} at {@link #DEFAULT_INSTANT} in UTC, for code that needs no more.
   */
  public static Clock fixedUtc() {
    return Clock.fixed(DEFAULT_INSTANT, ZoneOffset.UTC);
  }

  /** Moves the clock forward (or back, for a negative duration) and returns the new instant. */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(t -> t.plus(duration));
  }

  /** Moves the clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving time seen from another zone: advancing either advances both. */
  @Override
  public FixedClock withZone(ZoneId newZone) {
    return new FixedClock(now, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "FixedClock[" + now.get() + "," + zone + "]";
  }
}
