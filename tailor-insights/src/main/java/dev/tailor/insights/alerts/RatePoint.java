package dev.tailor.insights.alerts;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.util.Objects;

/**
 * One period of a rate series: e.g. clicks out of delivered emails on one day.
 *
 * @param period the start of the period
 * @param trials the denominator (delivered emails, sends, ...)
 * @param successes the numerator (clicks, conversions, bounces, errors)
 */
public record RatePoint(Instant period, long trials, long successes) {
  public RatePoint {
    Objects.requireNonNull(period, "period");
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "period "
              + period
              + ": need 0 <= successes <= trials, not "
              + successes
              + " of "
              + trials);
    }
  }

  public double rate() {
    return trials == 0 ? 0 : (double) successes / trials;
  }
}
