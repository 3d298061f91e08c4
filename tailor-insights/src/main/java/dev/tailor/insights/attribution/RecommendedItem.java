package dev.tailor.insights.attribution;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.decision.DecisionItem;
import java.util.Objects;

/**
 * One product an email recommended.
 *
 * @param slot the slot's id (e.g. {@code similar})
 * @param productId the product
 * @param algorithm the model or list that proposed it ({@code itemknn}, {@code curated}, ...)
 * @param position 1-based position within the slot
 * @param fallback true when a fallback, not the slot's own source, supplied it
 */
public record RecommendedItem(
    String slot, String productId, String algorithm, int position, boolean fallback) {
  public RecommendedItem {
    slot = Ids.require("slot", slot);
    productId = Ids.require("product_id", productId);
    Objects.requireNonNull(algorithm, "algorithm");
    if (position < 1) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "slot " + slot + ": position must be 1 or more, not " + position);
    }
  }

  /** The item a strategy put in {@code slot}. */
  public static RecommendedItem of(String slot, DecisionItem item) {
    return new RecommendedItem(
        slot, item.productId(), item.algorithm(), item.position(), item.fallback().isPresent());
  }
}
