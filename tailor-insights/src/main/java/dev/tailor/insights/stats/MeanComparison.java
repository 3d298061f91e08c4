package dev.tailor.insights.stats;

/**
 * A difference in means (treatment minus control) with its interval.
 *
 * @param treatment the treatment sample
 * @param control the control sample
 * @param difference treatment mean minus control mean
 * @param t Welch's t statistic (NaN for a bootstrap comparison, or when both samples have no
 *     spread)
 * @param degreesOfFreedom the Welch-Satterthwaite degrees of freedom (NaN likewise)
 * @param pValue the two-sided p-value (NaN for a bootstrap comparison)
 * @param interval the confidence interval for the difference
 * @param method {@code welch} or {@code bootstrap-percentile}
 */
public record MeanComparison(
    SampleSummary treatment,
    SampleSummary control,
    double difference,
    double t,
    double degreesOfFreedom,
    double pValue,
    Interval interval,
    String method) {}
