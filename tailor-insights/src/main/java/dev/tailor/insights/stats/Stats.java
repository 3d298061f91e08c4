package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/** Argument checks shared by the statistics classes. */
final class Stats {
  private Stats() {}

  /** Throws unless {@code value} lies strictly between 0 and 1. */
  static double requireLevel(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, name + " must lie strictly between 0 and 1, not " + value);
    }
    return value;
  }

  static void requireFinite(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, name + "[" + i + "] is not a finite number: " + values[i]);
      }
    }
  }
}
