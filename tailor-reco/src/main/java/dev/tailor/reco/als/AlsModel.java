package dev.tailor.reco.als;

import dev.tailor.reco.batch.BatchTopN;
import dev.tailor.reco.batch.Exclusions;
import dev.tailor.reco.batch.ItemFactorScorer;
import dev.tailor.reco.batch.TopNSink;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.linalg.Gram;
import dev.tailor.reco.linalg.Workers;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.ModelCodec;
import dev.tailor.reco.model.ModelInput;
import dev.tailor.reco.model.ModelOutput;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;

/**
 * A trained implicit ALS model: customer and product factors; the score of product {@code j} for a
 * customer is {@code x · y_j}. Immutable and thread-safe.
 *
 * <p>Which customer factors score a profile:
 *
 * <ul>
 *   <li>a customer seen in training whose profile is the history the model was trained on (same
 *       products and weights): the trained factors;
 *   <li>a customer never seen in training, or one whose history changed since (new events, events
 *       that left the window, a different decay reference): <b>fold-in</b>, the exact solution of
 *       that customer's least-squares problem against the fixed product factors ({@link #foldIn}),
 *       about 0.1 ms at 64 factors; no retraining;
 *   <li>an empty profile: nothing personal to say, {@link #score} returns false.
 * </ul>
 */
public final class AlsModel implements Model {
  /**
   * The model file body: a format version, customer and product ids, the rank, the objective
   * (regularization, alpha, scaling), customer factors, product factors, then one fingerprint per
   * customer. Reading checks every length against the ids and the rank.
   */
  public static final ModelCodec<AlsModel> CODEC =
      new ModelCodec<>() {
        @Override
        public Class<AlsModel> type() {
          return AlsModel.class;
        }

        @Override
        public void write(AlsModel m, ModelOutput out) throws IOException {
          AlsModelData d = m.data;
          out.writeInt(FORMAT);
          out.writeIdIndex(d.users());
          out.writeIdIndex(d.items());
          out.writeInt(d.factors());
          out.writeDouble(d.objective().regularization());
          out.writeDouble(d.objective().alpha());
          out.writeBoolean(d.objective().scaledRegularization());
          out.writeFloats(d.userFactors());
          out.writeFloats(d.itemFactors());
          out.writeInt(d.fingerprints().length);
          for (long fp : d.fingerprints()) {
            out.writeLong(fp);
          }
        }

        @Override
        public AlsModel read(ModelInput in) throws IOException {
          int format = in.readInt();
          if (format != FORMAT) {
            throw new IOException("unknown ALS model format " + format);
          }
          IdIndex users = in.readIdIndex();
          IdIndex items = in.readIdIndex();
          int factors = in.readInt();
          double regularization = in.readDouble();
          double alpha = in.readDouble();
          boolean scaled = in.readBoolean();
          float[] x = in.readFloats();
          float[] y = in.readFloats();
          long[] fingerprints = new long[in.length(Long.BYTES)];
          for (int u = 0; u < fingerprints.length; u++) {
            fingerprints[u] = in.readLong();
          }
          try {
            return restore(
                new AlsModelData(
                    users,
                    items,
                    factors,
                    x,
                    y,
                    fingerprints,
                    new AlsObjective(regularization, alpha, scaled)));
          } catch (IllegalArgumentException | dev.tailor.core.TailorException e) {
            throw new IOException("damaged ALS model: " + e.getMessage(), e);
          }
        }
      };

  private static final int FORMAT = 1;

  private final AlsModelData data;
  private final ItemFactorScorer scorer;
  private final AlsFoldIn foldIn;

  private AlsModel(AlsModelData data, double[] itemGram) {
    this.data = data;
    this.scorer = new ItemFactorScorer(data.itemFactors(), data.items().size(), data.factors());
    this.foldIn =
        new AlsFoldIn(
            itemGram, data.itemFactors(), data.items().size(), data.factors(), data.objective());
  }

  /** A model from its parts (model files); computes the product Gram matrix fold-in needs. */
  public static AlsModel restore(AlsModelData data) {
    try (Workers workers = new Workers(1)) {
      return new AlsModel(
          data, Gram.of(data.itemFactors(), data.items().size(), data.factors(), workers));
    }
  }

  static AlsModel restore(AlsModelData data, double[] itemGram) {
    return new AlsModel(data, itemGram);
  }

  @Override
  public String algorithm() {
    return AlsTrainer.NAME;
  }

  @Override
  public IdIndex items() {
    return data.items();
  }

  /** The customers with trained factors. */
  public IdIndex users() {
    return data.users();
  }

  /** The rank {@code f}. */
  public int factors() {
    return data.factors();
  }

  public AlsObjective objective() {
    return data.objective();
  }

  /** Read-only view of the customer factors, row-major {@code users × f}. */
  public FloatBuffer userFactors() {
    return FloatBuffer.wrap(data.userFactors()).asReadOnlyBuffer();
  }

  /** Read-only view of the product factors, row-major {@code items × f}. */
  public FloatBuffer itemFactors() {
    return FloatBuffer.wrap(data.itemFactors()).asReadOnlyBuffer();
  }

  /** Read-only view of the per-customer digests of the trained histories. */
  public LongBuffer fingerprints() {
    return LongBuffer.wrap(data.fingerprints()).asReadOnlyBuffer();
  }

  @Override
  public boolean score(UserProfile profile, float[] scores) {
    if (profile.isEmpty()) {
      return false;
    }
    int u = trainedIndex(profile);
    if (u >= 0) {
      scorer.score(data.userFactors(), u * data.factors(), scores);
    } else {
      scorer.score(foldIn.solve(profile), 0, scores);
    }
    return true;
  }

  /**
   * The factors that score {@code profile}: the trained ones when the profile is the customer's
   * training history, else folded in.
   */
  public float[] customerFactors(UserProfile profile) {
    int u = trainedIndex(profile);
    if (u >= 0) {
      int f = data.factors();
      float[] x = new float[f];
      System.arraycopy(data.userFactors(), u * f, x, 0, f);
      return x;
    }
    return foldIn.solve(profile);
  }

  /**
   * Solves the customer's factors from {@code profile} against the fixed product factors, whether
   * or not the customer was in training.
   *
   * @throws dev.tailor.core.TailorException BAD_INPUT for a product index outside the model or a
   *     weight that is not finite and positive
   */
  public float[] foldIn(UserProfile profile) {
    return foldIn.solve(profile);
  }

  /** The customer's row when {@code profile} is exactly their training history, else -1. */
  private int trainedIndex(UserProfile profile) {
    int u = data.users().indexOf(profile.customerId());
    if (u < 0
        || data.fingerprints()[u] != HistoryFingerprint.of(profile.items(), profile.weights())) {
      return -1;
    }
    return u;
  }

  /**
   * The top {@code n} products of every trained customer from their trained factors, minus {@code
   * exclusions}, streamed to {@code sink} from {@code threads} workers. Customers who had no
   * interactions in training are skipped (nothing personal to say).
   */
  public void recommendAll(int n, Exclusions exclusions, int threads, TopNSink sink) {
    long[] fp = data.fingerprints();
    long empty = HistoryFingerprint.of(new int[0], new float[0]);
    new BatchTopN(scorer, n)
        .run(
            data.userFactors(),
            data.users().size(),
            exclusions,
            u -> fp[u] != empty,
            threads,
            sink);
  }
}
