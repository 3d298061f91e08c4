package dev.tailor.reco.als;

import dev.tailor.reco.data.IdIndex;
import java.util.Objects;

/**
 * Everything an {@link AlsModel} is made of, for model files: build one from decoded arrays and
 * pass it to {@link AlsModel#restore}. The arrays are handed over, not copied: do not modify them
 * afterwards.
 *
 * @param users customer ids, row order of {@code userFactors}
 * @param items product ids, row order of {@code itemFactors}
 * @param factors the rank {@code f}
 * @param userFactors row-major {@code users × f}
 * @param itemFactors row-major {@code items × f}
 * @param fingerprints per customer, a digest of the history the factors were trained on
 * @param objective the loss the factors minimise, reused to fold customers in
 */
public record AlsModelData(
    IdIndex users,
    IdIndex items,
    int factors,
    float[] userFactors,
    float[] itemFactors,
    long[] fingerprints,
    AlsObjective objective) {
  public AlsModelData {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(objective, "objective");
    if (factors < 1) {
      throw new IllegalArgumentException("factors must be ≥ 1, not " + factors);
    }
    if (userFactors.length != (long) users.size() * factors
        || itemFactors.length != (long) items.size() * factors
        || fingerprints.length != users.size()) {
      throw new IllegalArgumentException(
          "ALS arrays disagree with "
              + users.size()
              + " customers × "
              + items.size()
              + " products × "
              + factors
              + " factors");
    }
    requireFinite(userFactors, "customer");
    requireFinite(itemFactors, "product");
  }

  /**
   * The digest stored in {@code fingerprints} for a history of products (indexes) and weights; does
   * not depend on their order. Writers of model files from other engines compute it with this.
   */
  public static long fingerprint(int[] items, float[] weights) {
    return HistoryFingerprint.of(items, weights);
  }

  private static void requireFinite(float[] values, String side) {
    for (float v : values) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException(side + " factors must be finite, found " + v);
      }
    }
  }
}
