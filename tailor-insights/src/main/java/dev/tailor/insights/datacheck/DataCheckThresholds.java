package dev.tailor.insights.datacheck;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * The bars below which the data check warns.
 *
 * @param minDays days of history a model needs to see seasonality and repeat purchases (90)
 * @param minInteractions product interactions in total before collaborative filtering is worth it
 *     (10,000)
 * @param minPurchasers distinct purchasers before "bought together" and ALS learn much (200)
 * @param minPerCustomer interactions a customer needs to get personal picks rather than fallbacks
 *     (5)
 * @param maxShareWithoutHistory share of customers with no history above which most emails fall
 *     back to non-personal content (0.5)
 * @param maxShareOutOfStock share of the catalog out of stock above which slots run dry (0.2)
 */
public record DataCheckThresholds(
    int minDays,
    long minInteractions,
    long minPurchasers,
    int minPerCustomer,
    double maxShareWithoutHistory,
    double maxShareOutOfStock) {

  public static final DataCheckThresholds DEFAULTS =
      new DataCheckThresholds(90, 10_000, 200, 5, 0.5, 0.2);

  public DataCheckThresholds {
    requirePositive("min-days", minDays);
    requirePositive("min-interactions", minInteractions);
    requirePositive("min-purchasers", minPurchasers);
    requirePositive("min-per-customer", minPerCustomer);
    requireShare("max-share-without-history", maxShareWithoutHistory);
    requireShare("max-share-out-of-stock", maxShareOutOfStock);
  }

  private static void requirePositive(String key, long value) {
    if (value < 1) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.data-check." + key + " must be at least 1, not " + value);
    }
  }

  private static void requireShare(String key, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new TailorException(
          ErrorCode.CONFIG, "tailor.data-check." + key + " must be between 0 and 1, not " + value);
    }
  }
}
