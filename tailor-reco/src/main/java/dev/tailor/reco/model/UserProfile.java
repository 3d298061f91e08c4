package dev.tailor.reco.model;

import java.util.Objects;

/**
 * What a model is told about the customer it scores: their id and their weighted history in the
 * model's item index space ({@code items[k]} with weight {@code weights[k]}). A customer the model
 * never saw in training, or whose history changed since, is scored from this history (fold-in).
 *
 * @param customerId the customer's public id
 * @param items item indexes, distinct
 * @param weights positive finite weight per item
 */
public record UserProfile(String customerId, int[] items, float[] weights) {
  public UserProfile {
    Objects.requireNonNull(customerId, "customerId");
    if (items.length != weights.length) {
      throw new IllegalArgumentException("items and weights differ in length");
    }
  }

  /** A customer with no history. */
  public static UserProfile cold(String customerId) {
    return new UserProfile(customerId, new int[0], new float[0]);
  }

  public boolean isEmpty() {
    return items.length == 0;
  }
}
