package dev.tailor.reco.trending;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import java.time.Duration;
import java.util.Set;

/**
 * How {@code trending} measures velocity.
 *
 * @param horizon {@code trending.horizon-hours}: the recent period whose events count as "now"
 *     (default 24 h, 1..720)
 * @param smoothing {@code trending.smoothing}: pseudo-events added to both the recent count and the
 *     expected count (default 5, in weighted events), so a product with a handful of events and no
 *     history does not top the list
 */
public record TrendingConfig(Duration horizon, double smoothing) {
  public static final String ALGORITHM = "trending";
  public static final TrendingConfig DEFAULTS = new TrendingConfig(Duration.ofHours(24), 5);

  public TrendingConfig {
    if (horizon.isNegative() || horizon.isZero()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "the trending horizon must be positive");
    }
    if (!(smoothing > 0) || Double.isInfinite(smoothing)) {
      throw new TailorException(ErrorCode.BAD_INPUT, "the trending smoothing must be positive");
    }
  }

  /** Reads {@code trending.horizon-hours} and {@code trending.smoothing}. */
  public static TrendingConfig from(AlgorithmOptions options) {
    options.requireKnown(ALGORITHM, Set.of("horizon-hours", "smoothing"));
    int hours = options.integer(ALGORITHM, "horizon-hours", 24, 1, 720);
    double smoothing = options.decimal(ALGORITHM, "smoothing", 5, 0.001, 1e6);
    return new TrendingConfig(Duration.ofHours(hours), smoothing);
  }
}
