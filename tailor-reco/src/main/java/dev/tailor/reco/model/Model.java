package dev.tailor.reco.model;

import dev.tailor.reco.data.IdIndex;

/**
 * A trained, immutable model that scores items for a customer. Thread-safe: one model serves many
 * threads at once.
 */
public interface Model {
  /** The algorithm name ({@code popular}, {@code als}, ...). */
  String algorithm();

  /** The items this model can score, in its index order. */
  IdIndex items();

  /**
   * Writes a score for every item into {@code scores} (length {@code items().size()}); higher is
   * better, never NaN. Returns false when the model cannot say anything personal about this
   * customer (for example no history for an item-based model); {@code scores} is then unspecified.
   */
  boolean score(UserProfile profile, float[] scores);
}
