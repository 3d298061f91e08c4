package dev.tailor.strategy.decide;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.spec.Goal;

/**
 * The goal's value of an item from its relevance {@code p} in (0, 1] (the source score rescaled
 * over the slot's candidates): clicks {@code p}; revenue {@code p × price × margin} (an unknown
 * price or margin counts as 0); engagement {@code p}, × 1.25 outside the customer's usual
 * categories.
 */
final class GoalScore {
  static final double MIN_RELEVANCE = 0.05;

  private GoalScore() {}

  static double of(Goal goal, double p, Product item, CustomerFacts facts) {
    return switch (goal) {
      case CLICKS -> p;
      case REVENUE ->
          p
              * item.price().map(java.math.BigDecimal::doubleValue).orElse(0.0)
              * item.margin().orElse(0.0);
      case ENGAGEMENT -> facts.categories().containsKey(item.categoryPath()) ? p : p * 1.25;
    };
  }

  /** {@code score} rescaled from {@code [min, max]} to {@code [MIN_RELEVANCE, 1]}. */
  static double relevance(double score, double min, double max) {
    if (!(max > min)) {
      return 1;
    }
    return MIN_RELEVANCE + (1 - MIN_RELEVANCE) * (score - min) / (max - min);
  }
}
