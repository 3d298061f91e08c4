package dev.tailor.web.api;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Duration;
import java.util.Objects;

/**
 * Back-pressure for {@code GET /v1/recommendations}: at most {@code concurrent} requests are worked
 * on at once, at most {@code queue} more wait for a turn, and none waits longer than {@code
 * maxWait}. A request that finds the queue full, or waits too long, is answered at once with 503
 * and {@code Retry-After} instead of making every other request slower.
 *
 * @param concurrent requests computed at the same time (≥ 1)
 * @param queue requests allowed to wait for a turn (≥ 0)
 * @param maxWait longest wait for a turn (≥ 0)
 */
public record RecommendationLimits(int concurrent, int queue, Duration maxWait) {
  /** Four per core (at least 8), 256 waiting, 200 ms. */
  public static final RecommendationLimits DEFAULTS =
      new RecommendationLimits(
          Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), 256, Duration.ofMillis(200));

  public RecommendationLimits {
    Objects.requireNonNull(maxWait, "maxWait");
    if (concurrent < 1) {
      throw new TailorException(
          ErrorCode.CONFIG, "concurrent recommendation requests must be ≥ 1, not " + concurrent);
    }
    if (queue < 0) {
      throw new TailorException(
          ErrorCode.CONFIG, "the recommendation request queue must be ≥ 0, not " + queue);
    }
    if (maxWait.isNegative()) {
      throw new TailorException(
          ErrorCode.CONFIG, "the longest wait for a recommendation must be ≥ 0");
    }
  }
}
