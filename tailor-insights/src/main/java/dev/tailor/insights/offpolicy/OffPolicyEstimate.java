package dev.tailor.insights.offpolicy;

import dev.tailor.insights.stats.Interval;
import java.util.List;

/**
 * The click rate a new policy would have had on the logged shows.
 *
 * @param shows logged shows (one item in one slot of one sent message)
 * @param messages distinct messages among them
 * @param clicks shows a human clicked
 * @param loggedRate the logging policy's own click rate, clicks / shows
 * @param loggedInterval its Wilson interval
 * @param ips the inverse propensity estimate, mean(click · w) with w = π_new / p
 * @param ipsInterval its normal-approximation interval
 * @param snips the self-normalized estimate, Σ(click · w) / Σ w (0 when Σ w = 0)
 * @param snipsInterval its delta-method normal-approximation interval
 * @param effectiveSampleSize (Σ w)² / Σ w², how many shows the estimate is worth
 * @param matched shows the new policy would also show (π_new > 0)
 * @param clipped shows whose logging propensity was raised to the minimum
 * @param maxWeight the largest weight
 * @param unsupported shows (expected, summed over messages) of items the new policy would show that
 *     were never logged in that message and slot: the logs say nothing about them, so the estimate
 *     cannot cover them
 * @param warnings what makes the estimate less trustworthy, with stable codes
 */
public record OffPolicyEstimate(
    long shows,
    long messages,
    long clicks,
    double loggedRate,
    Interval loggedInterval,
    double ips,
    Interval ipsInterval,
    double snips,
    Interval snipsInterval,
    double effectiveSampleSize,
    long matched,
    long clipped,
    double maxWeight,
    long unsupported,
    List<Warning> warnings) {
  public OffPolicyEstimate {
    warnings = List.copyOf(warnings);
  }

  /**
   * A reason to doubt the estimate.
   *
   * @param code stable code: {@code no-shows}, {@code deterministic-logging}, {@code
   *     clipped-propensities}, {@code low-effective-sample-size}, {@code no-overlap}, {@code
   *     unsupported-shows}
   * @param message what it means, in words
   */
  public record Warning(String code, String message) {}
}
