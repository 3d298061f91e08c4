package dev.tailor.insights.report;

import dev.tailor.insights.stats.MeanComparison;
import dev.tailor.insights.stats.ProportionComparison;

/**
 * One variant against the holdout, over the outcome window after the send.
 *
 * @param variant the variant
 * @param conversion conversion rates: z-test, p-value and Newcombe interval of the difference
 * @param probabilityToBeat the posterior probability that the variant converts better
 * @param revenuePerEmail incremental revenue per email with Welch's interval and p-value
 * @param revenuePerEmailBootstrap the same difference with a percentile bootstrap interval
 * @param incrementalRevenue the difference in revenue per email times the variant's recipients
 * @param minimumSampleSize recipients per group needed to detect the configured relative lift in
 *     conversion at the holdout's rate (0 when the holdout has no conversion yet)
 * @param enoughData true when both groups have at least the minimum sample size
 * @param significant true when the conversion difference is significant at alpha
 */
public record HoldoutComparison(
    String variant,
    ProportionComparison conversion,
    double probabilityToBeat,
    MeanComparison revenuePerEmail,
    MeanComparison revenuePerEmailBootstrap,
    double incrementalRevenue,
    long minimumSampleSize,
    boolean enoughData,
    boolean significant) {}
