package dev.tailor.insights.report;

/** What a winner is picked on. Opens are not a choice: machine opens make them meaningless. */
public enum WinnerMetric {
  /** Human click rate: recipients with a human click per delivered email. */
  CLICKS,
  /** Conversion rate: recipients who ordered within the outcome window per recipient. */
  CONVERSIONS,
  /** Revenue per email: order revenue within the outcome window per recipient. */
  REVENUE
}
