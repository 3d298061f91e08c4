package dev.tailor.reco.trending;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.Arrays;
import java.util.Objects;

/**
 * Scores each product's recent velocity against its own baseline. With T the newest event, H the
 * horizon, k the smoothing and w(e) the type weight of event e (no time decay):
 *
 * <pre>
 *   r(i) = Σ w(e) over the events of i after T − H              (recent)
 *   b(i) = Σ w(e) over the events of i up to T − H               (baseline)
 *   d(i) = max(1, days from the first event of i to T − H)       (baseline length)
 *   e(i) = b(i) / d(i) × H in days                               (expected in a horizon)
 *   score(i) = (r(i) + k) / (e(i) + k) × ln(1 + r(i))
 * </pre>
 *
 * The ratio is the velocity against the product's own average rate (1 for a steady product), shrunk
 * towards 1 by k so that a few events of a brand-new product do not look like a surge; the
 * logarithm favours surges with volume behind them. Products without recent events score 0. A surge
 * shows as soon as its events are in the data: the horizon ends at the newest event.
 */
public final class TrendingTrainer implements Trainer {
  private static final double DAY_MILLIS = 86_400_000d;

  private final TrendingConfig config;

  public TrendingTrainer(TrendingConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String algorithm() {
    return TrendingConfig.ALGORITHM;
  }

  @Override
  public TrendingModel train(TrainingData data) {
    InteractionLog log = data.log();
    if (!data.hasLog()) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "trending needs the individual events with their times, and the training data holds"
              + " none (empty window, or data given as a matrix only)");
    }
    int items = log.products().size();
    double[] typeWeight = new double[EventType.values().length];
    for (EventType t : EventType.values()) {
      typeWeight[t.ordinal()] = data.weights().weight(t);
    }
    long cut = data.reference().toEpochMilli() - config.horizon().toMillis();
    double[] recent = new double[items];
    double[] base = new double[items];
    long[] first = new long[items];
    Arrays.fill(first, Long.MAX_VALUE);
    for (int r = 0; r < log.size(); r++) {
      double w = typeWeight[log.type(r).ordinal()];
      if (w == 0) {
        continue;
      }
      int i = log.product(r);
      long t = log.time(r);
      first[i] = Math.min(first[i], t);
      if (t > cut) {
        recent[i] += w;
      } else {
        base[i] += w;
      }
    }
    float[] scores = new float[items];
    float[] recentCounts = new float[items];
    float[] expectedCounts = new float[items];
    boolean any = false;
    for (int i = 0; i < items; i++) {
      double expected = expected(base[i], first[i], cut);
      recentCounts[i] = (float) recent[i];
      expectedCounts[i] = (float) expected;
      scores[i] = (float) TrendingModel.score(recent[i], expected, config.smoothing());
      any |= scores[i] > 0;
    }
    if (!any) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "trending found no weighted product interaction in the last "
              + config.horizon().toHours()
              + " h before the newest event");
    }
    return new TrendingModel(
        log.products(),
        scores,
        new TrendingModel.Counts(
            recentCounts,
            expectedCounts,
            config.smoothing(),
            (int) Math.max(1, config.horizon().toHours())));
  }

  /** The weighted events a horizon holds at the product's baseline rate (0 without events). */
  private double expected(double base, long first, long cut) {
    if (first == Long.MAX_VALUE) {
      return 0;
    }
    double days = Math.max(1, (cut - first) / DAY_MILLIS);
    return base / days * (config.horizon().toMillis() / DAY_MILLIS);
  }
}
