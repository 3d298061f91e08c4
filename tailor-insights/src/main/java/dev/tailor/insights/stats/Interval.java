package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * A two-sided confidence interval.
 *
 * @param low lower bound
 * @param high upper bound (never below {@code low})
 * @param confidence the confidence level, in (0, 1), e.g. 0.95
 */
public record Interval(double low, double high, double confidence) {
  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "interval bounds must be ordered numbers: " + low + ", " + high);
    }
    Stats.requireLevel("confidence", confidence);
  }

  /** True when {@code value} lies inside the interval, bounds included. */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /** True when the whole interval lies above zero. */
  public boolean aboveZero() {
    return low > 0;
  }
}
