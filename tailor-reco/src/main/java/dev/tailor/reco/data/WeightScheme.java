package dev.tailor.reco.data;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * How events become matrix weights: a weight per event type (0 drops the type) and an exponential
 * time decay with a half-life, measured back from a reference instant (the newest event). Weights
 * of the same customer and product add up.
 *
 * @param weights weight per event type; types not listed weigh 0
 * @param halfLife decay half-life; {@link Duration#ZERO} disables decay
 */
public record WeightScheme(Map<EventType, Double> weights, Duration halfLife) {

  /** view 1, add-to-cart 3, purchase 5, email click 2; half-life 30 days. */
  public static final WeightScheme DEFAULTS =
      new WeightScheme(
          Map.of(
              EventType.PRODUCT_VIEWED, 1.0,
              EventType.PRODUCT_ADDED, 3.0,
              EventType.ORDER_COMPLETED, 5.0,
              EventType.EMAIL_CLICKED, 2.0),
          Duration.ofDays(30));

  public WeightScheme {
    EnumMap<EventType, Double> copy = new EnumMap<>(EventType.class);
    weights.forEach(
        (t, w) -> {
          if (w == null || !(w >= 0) || Double.isInfinite(w)) {
            throw new TailorException(
                ErrorCode.BAD_INPUT,
                "the weight of " + t.wireName() + " must be a finite number ≥ 0, not " + w);
          }
          copy.put(t, w);
        });
    weights = Map.copyOf(copy);
    if (halfLife.isNegative()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "the decay half-life must not be negative");
    }
  }

  public double weight(EventType type) {
    return weights.getOrDefault(type, 0.0);
  }

  /**
   * The customer × product matrix of {@code log}: summed decayed weights, with the log's id indexes
   * (customers or products without any weighted event keep an empty row / column).
   */
  public Interactions matrix(InteractionLog log, Instant reference) {
    double[] typeWeight = new double[EventType.values().length];
    for (EventType t : EventType.values()) {
      typeWeight[t.ordinal()] = weight(t);
    }
    double lambda = halfLife.isZero() ? 0 : Math.log(2) / (double) halfLife.toMillis();
    long ref = reference.toEpochMilli();
    int users = log.customers().size();
    // Bucket the weighted events by customer (counting sort), then sort and merge each row.
    int[] start = new int[users + 1];
    for (int r = 0; r < log.size(); r++) {
      if (typeWeight[log.type(r).ordinal()] != 0) {
        start[log.customer(r) + 1]++;
      }
    }
    for (int u = 0; u < users; u++) {
      start[u + 1] += start[u];
    }
    int total = start[users];
    long[] packed = new long[total];
    double[] weight = new double[total];
    int[] next = Arrays.copyOf(start, users);
    for (int r = 0; r < log.size(); r++) {
      double w = typeWeight[log.type(r).ordinal()];
      if (w == 0) {
        continue;
      }
      int slot = next[log.customer(r)]++;
      long age = Math.max(0, ref - log.time(r));
      weight[slot] = w * Math.exp(-lambda * age);
      packed[slot] = ((long) log.product(r) << 32) | slot;
    }
    int[] rowStart = new int[users + 1];
    int[] cols = new int[total];
    float[] values = new float[total];
    int m = 0;
    for (int u = 0; u < users; u++) {
      Arrays.sort(packed, start[u], start[u + 1]);
      int lastItem = -1;
      for (int k = start[u]; k < start[u + 1]; k++) {
        int item = (int) (packed[k] >>> 32);
        double w = weight[(int) packed[k]];
        if (item == lastItem) {
          values[m - 1] += (float) w;
        } else {
          cols[m] = item;
          values[m] = (float) w;
          lastItem = item;
          m++;
        }
      }
      rowStart[u + 1] = m;
    }
    for (int i = 0; i < m; i++) {
      if (!(values[i] > 0)) {
        values[i] = Float.MIN_NORMAL;
      }
    }
    return new Interactions(
        log.customers(),
        log.products(),
        rowStart,
        Arrays.copyOf(cols, m),
        Arrays.copyOf(values, m));
  }
}
