package dev.tailor.reco.trending;

import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Products gaining momentum: one score per product, the same for everyone. Immutable. A model
 * trained by this version also keeps, per product, the recent weighted count and the count expected
 * from its baseline, so a {@link LiveTrending} can add events that arrive after training.
 */
public final class TrendingModel implements Model {
  /**
   * Writes the item index and the scores; with counts, the float array holds {@code 3n + 2} values:
   * the n scores, the n recent counts, the n expected counts, the smoothing and the horizon in
   * hours (older snapshots hold the n scores alone).
   */
  public static final ModelCodec<TrendingModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<TrendingModel> type() {
          return TrendingModel.class;
        }

        @Override
        public void write(TrendingModel m, ModelOutput out) throws IOException {
          out.writeIdIndex(m.items);
          if (m.counts == null) {
            out.writeFloats(m.scores);
            return;
          }
          int n = m.scores.length;
          float[] all = new float[3 * n + 2];
          System.arraycopy(m.scores, 0, all, 0, n);
          System.arraycopy(m.counts.recent(), 0, all, n, n);
          System.arraycopy(m.counts.expected(), 0, all, 2 * n, n);
          all[3 * n] = (float) m.counts.smoothing();
          all[3 * n + 1] = m.counts.horizonHours();
          out.writeFloats(all);
        }

        @Override
        public TrendingModel read(ModelInput in) throws IOException {
          IdIndex items = in.readIdIndex();
          float[] all = in.readFloats();
          int n = items.size();
          if (all.length == n) {
            return new TrendingModel(items, all, null);
          }
          if (all.length != 3 * n + 2 || !(all[3 * n] > 0) || !(all[3 * n + 1] >= 1)) {
            throw new IOException("trending holds " + all.length + " values for " + n + " items");
          }
          return new TrendingModel(
              items,
              Arrays.copyOfRange(all, 0, n),
              new Counts(
                  Arrays.copyOfRange(all, n, 2 * n),
                  Arrays.copyOfRange(all, 2 * n, 3 * n),
                  all[3 * n],
                  (int) all[3 * n + 1]));
        }
      };

  /**
   * What the scores were computed from.
   *
   * @param recent weighted events per product in the horizon before the newest event
   * @param expected the weighted events its own baseline predicts for a horizon
   * @param smoothing the pseudo-events of the score formula
   * @param horizonHours the horizon
   */
  record Counts(float[] recent, float[] expected, double smoothing, int horizonHours) {}

  private final IdIndex items;
  private final float[] scores;
  private final Counts counts;

  TrendingModel(IdIndex items, float[] scores, Counts counts) {
    this.items = Objects.requireNonNull(items, "items");
    this.scores = scores;
    this.counts = counts;
  }

  /** The counts behind the scores; absent for snapshots written before they were kept. */
  Optional<Counts> counts() {
    return Optional.ofNullable(counts);
  }

  /**
   * {@code (r + k) / (e + k) × ln(1 + r)}: velocity against the product's own baseline, shrunk by
   * k, favouring surges with volume.
   */
  static double score(double recent, double expected, double smoothing) {
    if (recent <= 0) {
      return 0;
    }
    return (recent + smoothing) / (expected + smoothing) * Math.log1p(recent);
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
