package dev.tailor.core.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item shown in a slot, with what analytics attributes clicks and orders to.
 *
 * @param productId the product (or content item) id
 * @param position 1-based position within the slot
 * @param score the final ranking score (after the goal, boosts and diversity)
 * @param algorithm the model or list that proposed the item ({@code itemknn}, {@code curated}, ...)
 * @param source how the slot's source used it (e.g. {@code similar_to:last_purchase})
 * @param rules the soft rules (boosts) that raised the item, by name; hard rules never let an item
 *     through, so they are not listed
 * @param fallback the fallback that supplied the item when the slot's own source could not fill it
 *     (e.g. {@code trending}); empty for first-choice items
 * @param explanation a short text saying why the item is shown
 * @param propensity the probability that the policy shows this item at this position, in (0, 1]; 1
 *     when there is no exploration. For off-policy (inverse propensity) estimates
 * @param explored true when exploration (not the ranking) put the item here
 */
public record DecisionItem(
    String productId,
    int position,
    double score,
    String algorithm,
    String source,
    List<String> rules,
    Optional<String> fallback,
    String explanation,
    double propensity,
    boolean explored) {
  public DecisionItem {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(source, "source");
    rules = List.copyOf(rules);
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(explanation, "explanation");
    if (!(propensity > 0 && propensity <= 1)) {
      throw new IllegalArgumentException("propensity must lie in (0, 1]: " + propensity);
    }
  }
}
