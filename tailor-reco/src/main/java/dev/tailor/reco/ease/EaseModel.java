package dev.tailor.reco.ease;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.linalg.VectorMath;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A trained EASE model: the product × product weights {@code B} (zero diagonal). A customer's
 * scores are {@code Σ_i w_i × B[i][·]} over their profile's products {@code i} with weights {@code
 * w_i}, so any profile is scored directly, known customer or not. Immutable and thread-safe.
 */
public final class EaseModel implements Model {
  /** The model file body: a format version, the product ids, then one weight row per product. */
  public static final ModelCodec<EaseModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<EaseModel> type() {
          return EaseModel.class;
        }

        @Override
        public void write(EaseModel m, ModelOutput out) throws IOException {
          out.writeInt(FORMAT);
          out.writeIdIndex(m.items);
          for (float[] row : m.weights) {
            out.writeFloats(row);
          }
        }

        @Override
        public EaseModel read(ModelInput in) throws IOException {
          int format = in.readInt();
          if (format != FORMAT) {
            throw new IOException("unknown EASE model format " + format);
          }
          IdIndex items = in.readIdIndex();
          float[][] rows = new float[items.size()][];
          for (int i = 0; i < rows.length; i++) {
            rows[i] = in.readFloats();
          }
          try {
            return restore(items, rows);
          } catch (IllegalArgumentException e) {
            throw new IOException("damaged EASE model: " + e.getMessage(), e);
          }
        }
      };

  private static final int FORMAT = 1;

  private final IdIndex items;
  private final float[][] weights;

  EaseModel(IdIndex items, float[][] weights) {
    this.items = items;
    this.weights = weights;
  }

  /**
   * A model from its weight rows (model files); the rows are handed over, not copied.
   *
   * @throws IllegalArgumentException unless {@code weights} is {@code items × items} and finite
   */
  public static EaseModel restore(IdIndex items, float[][] weights) {
    Objects.requireNonNull(items, "items");
    if (weights.length != items.size()) {
      throw new IllegalArgumentException("expected " + items.size() + " weight rows");
    }
    for (float[] row : weights) {
      if (row.length != items.size()) {
        throw new IllegalArgumentException("every weight row must hold " + items.size());
      }
      for (float v : row) {
        if (!Float.isFinite(v)) {
          throw new IllegalArgumentException("weights must be finite");
        }
      }
    }
    return new EaseModel(items, weights);
  }

  @Override
  public String algorithm() {
    return EaseTrainer.NAME;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  /** Read-only view of row {@code i} of {@code B}: how product i's presence scores each product. */
  public FloatBuffer row(int i) {
    return FloatBuffer.wrap(weights[i]).asReadOnlyBuffer();
  }

  /** The weight of product {@code j} given product {@code i}. */
  public float weight(int i, int j) {
    return weights[i][j];
  }

  @Override
  public boolean score(UserProfile profile, float[] scores) {
    if (profile.isEmpty()) {
      return false;
    }
    int n = items.size();
    int[] idx = profile.items();
    float[] w = profile.weights();
    Arrays.fill(scores, 0, n, 0f);
    for (int k = 0; k < idx.length; k++) {
      check(profile, k);
      VectorMath.axpy(w[k], weights[idx[k]], 0, scores, 0, n);
    }
    return true;
  }

  private void check(UserProfile profile, int k) {
    int i = profile.items()[k];
    float w = profile.weights()[k];
    if (i < 0 || i >= items.size()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "profile of customer '"
              + profile.customerId()
              + "' names product index "
              + i
              + ", outside the model's "
              + items.size()
              + " products");
    }
    if (!(w > 0) || Float.isInfinite(w)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "profile of customer '"
              + profile.customerId()
              + "': the weight of product index "
              + i
              + " is "
              + w
              + "; weights must be finite and > 0");
    }
  }
}
