package dev.tailor.insights.stats;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * A count of successes out of trials (conversions out of emails, clicks out of impressions).
 *
 * @param successes how many trials succeeded, 0..trials
 * @param trials how many trials there were, 0 or more
 */
public record Proportion(long successes, long trials) {
  public Proportion {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "a proportion needs 0 <= successes <= trials, not " + successes + " of " + trials);
    }
  }

  /** successes / trials, 0 when there are no trials. */
  public double rate() {
    return trials == 0 ? 0 : (double) successes / trials;
  }

  /**
   * The Wilson score interval (Wilson 1927; Newcombe 1998, Stat. Med. 17:857, method 3) without
   * continuity correction. With no trials the interval is [0, 1].
   */
  public Interval wilson(double confidence) {
    Stats.requireLevel("confidence", confidence);
    if (trials == 0) {
      return new Interval(0, 1, confidence);
    }
    double z = Normal.quantile(1 - (1 - confidence) / 2);
    double n = trials;
    double x = successes;
    double z2 = z * z;
    double center = (x + z2 / 2) / (n + z2);
    double half = z / (n + z2) * Math.sqrt(x * (n - x) / n + z2 / 4);
    return new Interval(Math.max(0, center - half), Math.min(1, center + half), confidence);
  }
}
