package dev.tailor.reco.trending;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.util.Objects;

/** Products gaining momentum: one score per product, the same for everyone. Immutable. */
public final class TrendingModel implements Model {
  /** Writes the item index and the scores. */
  public static final ModelCodec<TrendingModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<TrendingModel> type() {
          return TrendingModel.class;
        }

        @Override
        public void write(TrendingModel m, ModelOutput out) throws IOException {
          out.writeIdIndex(m.items);
          out.writeFloats(m.scores);
        }

        @Override
        public TrendingModel read(ModelInput in) throws IOException {
          IdIndex items = in.readIdIndex();
          float[] scores = in.readFloats();
          if (scores.length != items.size()) {
            throw new IOException(
                "trending holds " + scores.length + " scores for " + items.size());
          }
          return new TrendingModel(items, scores);
        }
      };

  private final IdIndex items;
  private final float[] scores;

  TrendingModel(IdIndex items, float[] scores) {
    this.items = Objects.requireNonNull(items, "items");
    this.scores = scores;
  }

  @Override
  public String algorithm() {
    return TrendingConfig.ALGORITHM;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  /** The trend score of item {@code i} (0 without recent events). */
  public float trend(int i) {
    return scores[i];
  }

  /** Copies the trend of every item; ignores the profile and always answers. */
  @Override
  public boolean score(UserProfile profile, float[] out) {
    System.arraycopy(scores, 0, out, 0, scores.length);
    return true;
  }
}
