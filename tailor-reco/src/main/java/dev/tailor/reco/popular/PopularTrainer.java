package dev.tailor.reco.popular;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.Arrays;
import java.util.Objects;

/**
 * Counts bestsellers over the training window.
 *
 * <p>By purchases: {@code score(i) = buyers(i) + events(i) / (max_j events(j) + 1)}, where {@code
 * buyers(i)} is the number of distinct customers who bought {@code i} and {@code events(i)} the sum
 * of its weighted interactions; the second term (below 1) only orders products with as many buyers.
 * By events: {@code score(i) = events(i)}.
 */
public final class PopularTrainer implements Trainer {
  private final PopularConfig config;

  public PopularTrainer(PopularConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String algorithm() {
    return PopularConfig.ALGORITHM;
  }

  @Override
  public PopularModel train(TrainingData data) {
    Interactions m = data.interactions();
    float[] events = columnSums(m);
    float max = 0;
    for (float e : events) {
      max = Math.max(max, e);
    }
    if (max == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "popular has nothing to count: the training data holds no weighted product interaction"
              + " (check the window and the event weights)");
    }
    if (config.basis() == PopularConfig.Basis.PURCHASES) {
      int[] buyers = buyers(data.log(), m.itemCount());
      if (Arrays.stream(buyers).anyMatch(b -> b > 0)) {
        float[] scores = new float[events.length];
        for (int i = 0; i < scores.length; i++) {
          scores[i] = buyers[i] + events[i] / (max + 1);
        }
        return new PopularModel(m.items(), scores, PopularConfig.Basis.PURCHASES);
      }
    }
    return new PopularModel(m.items(), events, PopularConfig.Basis.EVENTS);
  }

  /** The sum of each item's weights. */
  static float[] columnSums(Interactions m) {
    double[] sums = new double[m.itemCount()];
    for (int k = 0; k < m.nonZeros(); k++) {
      sums[m.col(k)] += m.value(k);
    }
    float[] out = new float[sums.length];
    for (int i = 0; i < sums.length; i++) {
      out[i] = (float) sums[i];
    }
    return out;
  }

  /** Distinct customers per product with an {@code order_completed} event. */
  private static int[] buyers(InteractionLog log, int items) {
    long[] pairs = new long[log.size()];
    int n = 0;
    for (int r = 0; r < log.size(); r++) {
      if (log.type(r) == EventType.ORDER_COMPLETED) {
        pairs[n++] = ((long) log.product(r) << 32) | log.customer(r);
      }
    }
    Arrays.sort(pairs, 0, n);
    int[] buyers = new int[items];
    for (int k = 0; k < n; k++) {
      if (k == 0 || pairs[k] != pairs[k - 1]) {
        buyers[(int) (pairs[k] >>> 32)]++;
      }
    }
    return buyers;
  }
}
