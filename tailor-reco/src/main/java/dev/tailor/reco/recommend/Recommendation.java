package dev.tailor.reco.recommend;

import java.util.Objects;

/**
 * One recommended product.
 *
 * @param productId the product's public id
 * @param rank 1 for the best
 * @param score the model's score (comparable within one list only)
 */
public record Recommendation(String productId, int rank, float score) {
  public Recommendation {
    Objects.requireNonNull(productId, "productId");
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1");
    }
  }
}
