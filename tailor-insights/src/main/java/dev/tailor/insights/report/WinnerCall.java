package dev.tailor.insights.report;

import java.util.List;
import java.util.Optional;

/**
 * Whether one arm beats every other.
 *
 * @param metric what was compared
 * @param winner the winning variant ({@code holdout} when sending does worse than not sending);
 *     empty when no winner can be called
 * @param reason why, or why not, in plain words
 * @param minimumSampleSize recipients each arm needs before a winner is called (0 when no baseline)
 * @param arms each arm's value of the metric
 */
public record WinnerCall(
    WinnerMetric metric,
    Optional<String> winner,
    String reason,
    long minimumSampleSize,
    List<ArmScore> arms) {
  public WinnerCall {
    arms = List.copyOf(arms);
  }

  /**
   * An arm's value.
   *
   * @param variant the variant
   * @param n its sample size (delivered for clicks, recipients otherwise)
   * @param value the click rate, conversion rate or revenue per email
   */
  public record ArmScore(String variant, long n, double value) {}
}
