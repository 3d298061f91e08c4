package dev.tailor.reco.recommend;

import java.util.List;

/**
 * A model that answers "products related to this product" ("similar to this", "bought with this").
 */
public interface RelatedItems {
  /** True when the model has learnt something about {@code productId}. */
  boolean knows(String productId);

  /**
   * Up to {@code n} products related to {@code productId}, best first, never the product itself.
   * Empty when the product is known but related to nothing (it shares no customer or order with
   * another product). Throws a {@code TailorException(NOT_FOUND)} when {@link #knows} is false.
   */
  List<Recommendation> related(String productId, int n);
}
