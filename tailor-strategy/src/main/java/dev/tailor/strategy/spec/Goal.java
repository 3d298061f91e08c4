package dev.tailor.strategy.spec;

/** What a strategy ranks for. */
public enum Goal {
  /** The relevance of the source (a click probability proxy). */
  CLICKS,
  /** Expected revenue: click probability × price × margin. */
  REVENUE,
  /** Click probability, raised by a quarter for items outside the customer's usual categories. */
  ENGAGEMENT
}
