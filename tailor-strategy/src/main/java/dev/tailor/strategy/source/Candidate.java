package dev.tailor.strategy.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A product a source proposes for a slot.
 *
 * @param productId the product
 * @param score the source's score, higher is better
 * @param algorithm the model or list that proposed it
 * @param seed the seed product it is related to, if any
 */
public record Candidate(String productId, double score, String algorithm, Optional<String> seed) {
  public Candidate {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(seed, "seed");
  }
}
