package dev.tailor.render.model;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.DecisionItem;
import java.util.Objects;
import java.util.Optional;

/**
 * One product placed in a slot.
 *
 * @param product the catalog product
 * @param score the score that placed it (algorithm-specific scale)
 * @param algorithm the algorithm or rule that chose it, e.g. {@code itemknn}
 * @param decision the strategy's item when a {@code Decision} placed it (explanation, source,
 *     rules, fallback, propensity: what analytics attributes clicks to); empty for plain model
 *     output
 */
public record SlotItem(
    Product product, double score, String algorithm, Optional<DecisionItem> decision) {
  public SlotItem {
    Objects.requireNonNull(product, "product");
    algorithm = algorithm == null ? "" : algorithm;
    Objects.requireNonNull(decision, "decision");
    if (decision.isPresent() && !decision.get().productId().equals(product.id())) {
      throw new IllegalArgumentException(
          "decision item " + decision.get().productId() + " is not product " + product.id());
    }
  }

  /** An item chosen by a model or list, without a strategy's decision. */
  public SlotItem(Product product, double score, String algorithm) {
    this(product, score, algorithm, Optional.empty());
  }

  /** Why the item is shown (the decision's explanation), or empty. */
  public String explanation() {
    return decision.map(DecisionItem::explanation).orElse("");
  }
}
