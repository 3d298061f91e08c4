package dev.tailor.reco.content;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.reco.recommend.RelatedItems;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Unit TF-IDF vectors of the products (sparse rows over a feature vocabulary). A customer's profile
 * vector is the weighted sum of their items' vectors (weights divided by the largest, so decayed
 * histories do not underflow), and a product scores its dot product with it: {@code score(j) = Σ_i
 * (w_i / max w) × cos(v_i, v_j)}. Products without interactions score like any other. Immutable and
 * thread-safe (each thread keeps its own scratch vector).
 */
public final class ContentModel implements Model, RelatedItems {
  /** Writes the item index, the feature vocabulary and the vectors. */
  public static final ModelCodec<ContentModel> CODEC = new ContentCodec();

  private final IdIndex items;
  private final String[] vocabulary;
  private final int[] rowStart;
  private final int[] features;
  private final float[] values;
  private final ThreadLocal<double[]> scratch;

  ContentModel(IdIndex items, String[] vocabulary, int[] rowStart, int[] features, float[] values) {
    if (rowStart.length != items.size() + 1 || rowStart[items.size()] != features.length) {
      throw new IllegalArgumentException("content rows disagree with the item index");
    }
    if (values.length != features.length) {
      throw new IllegalArgumentException("content features and values differ in length");
    }
    for (int k = 0; k < features.length; k++) {
      if (features[k] < 0 || features[k] >= vocabulary.length || !Float.isFinite(values[k])) {
        throw new IllegalArgumentException("content entry " + k + " is out of range");
      }
    }
    this.items = Objects.requireNonNull(items, "items");
    this.vocabulary = vocabulary;
    this.rowStart = rowStart;
    this.features = features;
    this.values = values;
    this.scratch = ThreadLocal.withInitial(() -> new double[vocabulary.length]);
  }

  @Override
  public String algorithm() {
    return ContentConfig.ALGORITHM;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  /** Number of distinct features. */
  public int featureCount() {
    return vocabulary.length;
  }

  /** The name of feature {@code f}, e.g. {@code b:acme} or {@code c:women>dresses}. */
  public String featureName(int f) {
    return vocabulary[f];
  }

  /** The weight of {@code feature} in product {@code i}'s unit vector (0 when absent). */
  public float weight(int i, String feature) {
    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
      if (vocabulary[features[k]].equals(feature)) {
        return values[k];
      }
    }
    return 0;
  }

  /** Returns false when no profile item has a feature (including an empty profile). */
  @Override
  public boolean score(UserProfile profile, float[] scores) {
    double[] p = scratch.get();
    boolean any = false;
    int[] history = profile.items();
    float[] weights = profile.weights();
    float max = 0;
    for (float w : weights) {
      max = w > max && !Float.isInfinite(w) ? w : max;
    }
    for (int h = 0; h < history.length; h++) {
      int i = history[h];
      float w = max > 0 ? weights[h] / max : 0;
      if (i < 0 || i >= items.size() || !(w > 0) || Float.isInfinite(w)) {
        continue;
      }
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        p[features[k]] += (double) w * values[k];
        any = true;
      }
    }
    if (any) {
      for (int j = 0; j < items.size(); j++) {
        double s = 0;
        for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
          s += values[k] * p[features[k]];
        }
        scores[j] = (float) s;
      }
    }
    for (int h = 0; h < history.length; h++) {
      int i = history[h];
      if (i >= 0 && i < items.size()) {
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
          p[features[k]] = 0;
        }
      }
    }
    return any;
  }

  @Override
  public boolean knows(String productId) {
    return items.indexOf(productId) >= 0;
  }

  /** See {@link #similarTo}. */
  @Override
  public List<Recommendation> related(String productId, int n) {
    return similarTo(productId, n);
  }

  /**
   * The {@code n} products whose description is closest to {@code productId}'s (cosine), best
   * first; products sharing no feature are left out. Throws a {@code TailorException(NOT_FOUND)}
   * for a product not in the catalog the model was trained on.
   */
  public List<Recommendation> similarTo(String productId, int n) {
    int i = items.indexOf(productId);
    if (i < 0) {
      throw new TailorException(
          ErrorCode.NOT_FOUND,
          "product '" + productId + "' was not in the catalog when the content model was trained");
    }
    float[] scores = new float[items.size()];
    score(new UserProfile("", new int[] {i}, new float[] {1}), scores);
    BitSet self = new BitSet();
    self.set(i);
    List<Recommendation> out = new ArrayList<>();
    for (int j : TopN.select(scores, n, self)) {
      if (scores[j] > 0) {
        out.add(new Recommendation(items.idOf(j), out.size() + 1, scores[j]));
      }
    }
    return out;
  }

  /** Raw arrays for the codec, in the order it writes them. */
  String[] vocabulary() {
    return vocabulary;
  }

  int[] rowStart() {
    return rowStart;
  }

  int[] features() {
    return features;
  }

  float[] values() {
    return values;
  }
}
