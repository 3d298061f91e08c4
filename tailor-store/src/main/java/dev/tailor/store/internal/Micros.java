package dev.tailor.store.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * Instants as microseconds since the epoch, the {@code BIGINT} form every timestamp column uses.
 * Nanoseconds below the microsecond are dropped; instants beyond the range of a {@code long} of
 * microseconds (about ±292,000 years), such as {@link Instant#MIN} and {@link Instant#MAX},
 * saturate to {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}, so they still work as bounds.
 */
public final class Micros {
  private static final long PER_SECOND = 1_000_000L;

  private Micros() {}

  public static long of(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds > Long.MAX_VALUE / PER_SECOND - 1) {
      return Long.MAX_VALUE;
    }
    if (seconds < Long.MIN_VALUE / PER_SECOND + 1) {
      return Long.MIN_VALUE;
    }
    return seconds * PER_SECOND + instant.getNano() / 1_000;
  }

  /** The micros of {@code instant}, or null when it is empty (for nullable columns). */
  public static Long ofNullable(Optional<Instant> instant) {
    return instant.map(Micros::of).orElse(null);
  }

  public static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, PER_SECOND), Math.floorMod(micros, PER_SECOND) * 1_000L);
  }

  /** The instant of a nullable column value. */
  public static Optional<Instant> toOptional(Long micros) {
    return micros == null ? Optional.empty() : Optional.of(toInstant(micros));
  }
}
