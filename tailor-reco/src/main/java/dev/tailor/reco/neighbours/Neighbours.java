package dev.tailor.reco.neighbours;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.Recommendation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The top-K related items of every item, in dense arrays with a fixed stride K: the neighbours of
 * item {@code i} are {@code neighbour[i*K .. i*K+count[i])}, best first, with their positive
 * similarity. Immutable; shared by the item-to-item models ({@code itemknn}, {@code copurchase}).
 */
public final class Neighbours {
  private final int stride;
  private final int[] count;
  private final int[] neighbour;
  private final float[] similarity;

  /** Wraps the arrays (handed over, not copied) after checking their shape. */
  public Neighbours(int stride, int[] count, int[] neighbour, float[] similarity) {
    if (stride < 1 || (long) stride * count.length != neighbour.length) {
      throw new IllegalArgumentException("neighbour arrays must hold items × stride entries");
    }
    if (similarity.length != neighbour.length) {
      throw new IllegalArgumentException("neighbours and similarities differ in length");
    }
    for (int i = 0; i < count.length; i++) {
      if (count[i] < 0 || count[i] > stride) {
        throw new IllegalArgumentException("item " + i + " has " + count[i] + " neighbours");
      }
      for (int r = i * stride; r < i * stride + count[i]; r++) {
        if (neighbour[r] < 0 || neighbour[r] >= count.length || !(similarity[r] > 0)) {
          throw new IllegalArgumentException("item " + i + " has a bad neighbour entry");
        }
      }
    }
    this.stride = stride;
    this.count = count;
    this.neighbour = neighbour;
    this.similarity = similarity;
  }

  /** Number of items. */
  public int items() {
    return count.length;
  }

  /** K: the most neighbours kept per item. */
  public int stride() {
    return stride;
  }

  /** Number of neighbours of item {@code i}. */
  public int count(int i) {
    return count[i];
  }

  /** The {@code r}-th best neighbour of item {@code i}. */
  public int neighbour(int i, int r) {
    return neighbour[i * stride + r];
  }

  /** The similarity of item {@code i} to its {@code r}-th best neighbour. */
  public float similarity(int i, int r) {
    return similarity[i * stride + r];
  }

  /**
   * Scores every item as the weighted sum of its similarities to the profile's items ({@code
   * scores[j] = Σ (w_i / max w) × sim(i, j)} over the neighbour lists of the profile's items; the
   * division by the largest weight keeps long-decayed histories from underflowing and leaves the
   * ranking unchanged). Returns false when no profile item has a neighbour.
   */
  public boolean score(UserProfile profile, float[] scores) {
    Arrays.fill(scores, 0f);
    boolean any = false;
    int[] items = profile.items();
    float[] weights = profile.weights();
    float max = maxWeight(weights);
    for (int k = 0; k < items.length; k++) {
      int i = items[k];
      float w = weights[k] / max;
      if (i < 0 || i >= count.length || !(w > 0) || Float.isInfinite(weights[k])) {
        continue;
      }
      int base = i * stride;
      for (int r = base; r < base + count[i]; r++) {
        scores[neighbour[r]] += w * similarity[r];
      }
      any |= count[i] > 0;
    }
    return any;
  }

  /** The largest positive finite weight, or 1 when there is none. */
  public static float maxWeight(float[] weights) {
    float max = 0;
    for (float w : weights) {
      if (w > max && !Float.isInfinite(w)) {
        max = w;
      }
    }
    return max > 0 ? max : 1;
  }

  /**
   * The first {@code n} neighbours of {@code productId} (an id of {@code items}, the model's item
   * index) as recommendations. Throws a {@code TailorException(NOT_FOUND)} naming {@code algorithm}
   * for an unknown product.
   */
  public List<Recommendation> related(IdIndex items, String productId, int n, String algorithm) {
    int i = items.indexOf(productId);
    if (i < 0) {
      throw new TailorException(
          ErrorCode.NOT_FOUND,
          "product '"
              + productId
              + "' has no interaction in the training data of "
              + algorithm
              + " (the content model can relate new products)");
    }
    int n2 = Math.min(Math.max(n, 0), count[i]);
    List<Recommendation> out = new ArrayList<>(n2);
    for (int r = 0; r < n2; r++) {
      int k = i * stride + r;
      out.add(new Recommendation(items.idOf(neighbour[k]), r + 1, similarity[k]));
    }
    return out;
  }

  public void write(ModelOutput out) throws IOException {
    out.writeInt(stride);
    out.writeInts(count);
    out.writeInts(neighbour);
    out.writeFloats(similarity);
  }

  /** Reads what {@link #write} wrote, checking it covers {@code items} items. */
  public static Neighbours read(ModelInput in, int items) throws IOException {
    int stride = in.readInt();
    int[] count = in.readInts();
    int[] neighbour = in.readInts();
    float[] similarity = in.readFloats();
    if (count.length != items) {
      throw new IOException("neighbour lists cover " + count.length + " items, not " + items);
    }
    try {
      return new Neighbours(stride, count, neighbour, similarity);
    } catch (IllegalArgumentException e) {
      throw new IOException("damaged neighbour lists: " + e.getMessage(), e);
    }
  }
}
