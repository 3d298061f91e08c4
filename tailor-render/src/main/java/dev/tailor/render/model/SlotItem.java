package dev.tailor.render.model;

import dev.tailor.core.catalog.Product;
import java.util.Objects;

/**
 * One product placed in a slot.
 *
 * @param product the catalog product
 * @param score the score that placed it (algorithm-specific scale)
 * @param algorithm the algorithm or rule that chose it, e.g. {@code itemknn}
 */
public record SlotItem(Product product, double score, String algorithm) {
  public SlotItem {
    Objects.requireNonNull(product, "product");
    algorithm = algorithm == null ? "" : algorithm;
  }
}
