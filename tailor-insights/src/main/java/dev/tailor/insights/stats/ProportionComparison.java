package dev.tailor.insights.stats;

/**
 * A treatment rate against a control rate.
 *
 * @param treatment the treatment's counts
 * @param control the control's counts
 * @param difference treatment rate minus control rate
 * @param z the pooled two-proportion z statistic (its square is R's {@code prop.test(correct =
 *     FALSE)} chi-squared statistic)
 * @param pValue the two-sided p-value of {@code z}
 * @param interval Newcombe's hybrid score interval for the difference (method 10 of Newcombe 1998)
 */
public record ProportionComparison(
    Proportion treatment,
    Proportion control,
    double difference,
    double z,
    double pValue,
    Interval interval) {

  /** The relative lift, treatment rate / control rate - 1; NaN when the control rate is 0. */
  public double relativeLift() {
    double c = control.rate();
    return c == 0 ? Double.NaN : treatment.rate() / c - 1;
  }

  /** True when the p-value is below {@code alpha}. */
  public boolean significant(double alpha) {
    return pValue < alpha;
  }
}
