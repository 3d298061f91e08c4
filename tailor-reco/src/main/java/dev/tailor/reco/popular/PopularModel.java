package dev.tailor.reco.popular;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.util.Objects;

/** Bestsellers: one score per product, the same list for every customer. Immutable. */
public final class PopularModel implements Model {
  /** Writes the basis, the item index and the scores. */
  public static final ModelCodec<PopularModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<PopularModel> type() {
          return PopularModel.class;
        }

        @Override
        public void write(PopularModel m, ModelOutput out) throws IOException {
          out.writeString(m.basis.name());
          out.writeIdIndex(m.items);
          out.writeFloats(m.scores);
        }

        @Override
        public PopularModel read(ModelInput in) throws IOException {
          PopularConfig.Basis basis;
          try {
            basis = PopularConfig.Basis.valueOf(in.readString());
          } catch (IllegalArgumentException e) {
            throw new IOException("unknown popularity basis", e);
          }
          IdIndex items = in.readIdIndex();
          float[] scores = in.readFloats();
          if (scores.length != items.size()) {
            throw new IOException("popular holds " + scores.length + " scores for " + items.size());
          }
          return new PopularModel(items, scores, basis);
        }
      };

  private final IdIndex items;
  private final float[] scores;
  private final PopularConfig.Basis basis;

  PopularModel(IdIndex items, float[] scores, PopularConfig.Basis basis) {
    this.items = Objects.requireNonNull(items, "items");
    this.scores = scores;
    this.basis = basis;
  }

  @Override
  public String algorithm() {
    return PopularConfig.ALGORITHM;
  }

  @Override
  public IdIndex items() {
    return items;
  }

  /** The basis actually used (purchases fall back to events when nobody bought anything). */
  public PopularConfig.Basis basis() {
    return basis;
  }

  /** The popularity of item {@code i}. */
  public float popularity(int i) {
    return scores[i];
  }

  /** Copies the popularity of every item; ignores the profile and always answers. */
  @Override
  public boolean score(UserProfile profile, float[] out) {
    System.arraycopy(scores, 0, out, 0, scores.length);
    return true;
  }
}
