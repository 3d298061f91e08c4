package dev.tailor.core.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A closed interval of time between two instants. */
public record TimeRange(Instant first, Instant last) {
  public TimeRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last is before first");
    }
  }

  public Duration length() {
    return Duration.between(first, last);
  }
}
