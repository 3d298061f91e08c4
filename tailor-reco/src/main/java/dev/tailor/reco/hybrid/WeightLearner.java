package dev.tailor.reco.hybrid;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.recommend.Histories;
import dev.tailor.reco.recommend.ProfileBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Learns blend weights from the training data alone. The newest {@link #VALIDATION} of its events
 * (by time, one global cut) are held out; every component is trained on the rest; then, for the
 * customers with history before the cut and new products after it, coordinate ascent over the
 * weights ({@link #GRID} per weight, {@link #ROUNDS} rounds, starting from the configured ones)
 * keeps the weights with the best nDCG@{@link #K} of the blended lists. Each customer's component
 * scores are computed once; blends are ranked over the union of each component's top {@link
 * #CANDIDATES}, so trying a weight costs no model call.
 */
final class WeightLearner {
  static final double VALIDATION = 0.2;
  static final int K = 10;
  static final int ROUNDS = 2;
  static final int CANDIDATES = 100;
  static final int MAX_CUSTOMERS = 2_000;
  static final double[] GRID = {0, 0.05, 0.1, 0.25, 0.5, 1};

  /**
   * What was learned.
   *
   * @param weights component → weight (the largest is 1)
   * @param ndcg nDCG@K of the learned weights on the validation events
   * @param startNdcg nDCG@K of the configured weights there
   * @param customers validation customers
   */
  record Learned(Map<String, Double> weights, double ndcg, double startNdcg, int customers) {}

  /** One validation customer: candidate products, their component scores, the relevant ones. */
  private record Case(float[][] parts, boolean[] relevant, int relevantCount) {}

  private WeightLearner() {}

  /**
   * Learns weights for {@code config}'s components; empty (with the reason in {@code notes}) when
   * the data cannot hold out a validation part.
   */
  static Optional<Learned> learn(
      TrainingData data,
      HybridConfig config,
      Function<String, Trainer> trainers,
      List<String> notes) {
    if (!data.hasLog()) {
      notes.add("weights not learned: the training data holds no individual events");
      return Optional.empty();
    }
    InteractionLog log = data.log();
    long cut = cutTime(log);
    InteractionLog before = log.filter(r -> log.time(r) < cut);
    InteractionLog after = log.filter(r -> log.time(r) >= cut);
    if (before.size() == 0 || after.size() == 0) {
      notes.add("weights not learned: too few events to hold out a validation part");
      return Optional.empty();
    }
    TrainingData inner = TrainingData.of(before, data.catalog(), data.weights(), data.window());
    List<String> names = new ArrayList<>();
    List<HybridModel.Component> components = new ArrayList<>();
    for (String name : config.weights().keySet()) {
      try {
        Model m = trainers.apply(name).train(inner);
        names.add(name);
        components.add(
            new HybridModel.Component(
                m, 1f, config.coldCustomers().contains(name), config.coldItems().contains(name)));
      } catch (TailorException e) {
        if (e.code() != ErrorCode.BAD_INPUT) {
          throw e;
        }
      }
    }
    if (components.isEmpty()) {
      notes.add("weights not learned: no component trains on the older part of the data");
      return Optional.empty();
    }
    HybridModel all =
        new HybridModel(
            components,
            HybridTrainer.warmItems(inner.interactions()),
            config.normalization(),
            List.of());
    List<Case> cases = cases(all, inner, before, after, data);
    if (cases.isEmpty()) {
      notes.add("weights not learned: no customer has new products after the validation cut");
      return Optional.empty();
    }
    double[] w = new double[names.size()];
    double max = 0;
    for (int c = 0; c < w.length; c++) {
      w[c] = config.weights().get(names.get(c));
      max = Math.max(max, w[c]);
    }
    for (int c = 0; c < w.length; c++) {
      w[c] = max > 0 ? w[c] / max : 1;
    }
    double start = ndcg(cases, w);
    double best = start;
    for (int round = 0; round < ROUNDS; round++) {
      for (int c = 0; c < w.length; c++) {
        double keep = w[c];
        for (double g : GRID) {
          w[c] = g;
          if (g == keep || Arrays.stream(w).allMatch(x -> x == 0)) {
            continue;
          }
          double q = ndcg(cases, w);
          if (q > best + 1e-9) {
            best = q;
            keep = g;
          }
        }
        w[c] = keep;
      }
    }
    double top = Arrays.stream(w).max().orElse(1);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int c = 0; c < w.length; c++) {
      weights.put(names.get(c), w[c] / top);
    }
    return Optional.of(new Learned(weights, best, start, cases.size()));
  }

  /** The time of the first of the newest {@link #VALIDATION} of the events. */
  private static long cutTime(InteractionLog log) {
    long[] times = new long[log.size()];
    for (int r = 0; r < times.length; r++) {
      times[r] = log.time(r);
    }
    Arrays.sort(times);
    int held = (int) Math.max(1, Math.round(VALIDATION * times.length));
    return times[times.length - held];
  }

  private static List<Case> cases(
      HybridModel all,
      TrainingData inner,
      InteractionLog before,
      InteractionLog after,
      TrainingData data) {
    ProfileBuilder profiles = new ProfileBuilder(all.items(), data.weights());
    Histories histories = profiles.fromLog(before, inner.reference(), List.of());
    Map<Integer, BitSet> future = new LinkedHashMap<>();
    for (int r = 0; r < after.size(); r++) {
      if (data.weights().weight(after.type(r)) > 0) {
        String product = after.products().idOf(after.product(r));
        int h = all.items().indexOf(product);
        if (h >= 0) {
          future.computeIfAbsent(after.customer(r), k -> new BitSet()).set(h);
        }
      }
    }
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<Integer, BitSet> e : future.entrySet()) {
      if (cases.size() >= MAX_CUSTOMERS) {
        break;
      }
      int k = histories.indexOf(after.customers().idOf(e.getKey()));
      if (k < 0) {
        continue;
      }
      var history = histories.history(k);
      BitSet seen = new BitSet();
      for (int i : history.profile().items()) {
        seen.set(i);
      }
      BitSet relevant = (BitSet) e.getValue().clone();
      relevant.andNot(seen);
      if (relevant.isEmpty()) {
        continue;
      }
      all.parts(history.profile()).ifPresent(p -> cases.add(toCase(p, seen, relevant)));
    }
    return cases;
  }

  /** Keeps the union of each component's top candidates among the products not seen yet. */
  private static Case toCase(float[][] parts, BitSet seen, BitSet relevant) {
    BitSet pool = new BitSet();
    for (float[] p : parts) {
      if (p == null) {
        continue;
      }
      BitSet skip = (BitSet) seen.clone();
      for (int j = 0; j < p.length; j++) {
        if (Float.isNaN(p[j])) {
          skip.set(j);
        }
      }
      for (int j : TopN.select(p, CANDIDATES, skip)) {
        pool.set(j);
      }
    }
    int[] items = pool.stream().toArray();
    float[][] kept = new float[parts.length][];
    for (int c = 0; c < parts.length; c++) {
      if (parts[c] != null) {
        kept[c] = new float[items.length];
        for (int q = 0; q < items.length; q++) {
          kept[c][q] = parts[c][items[q]];
        }
      }
    }
    boolean[] rel = new boolean[items.length];
    for (int q = 0; q < items.length; q++) {
      rel[q] = relevant.get(items[q]);
    }
    return new Case(kept, rel, relevant.cardinality());
  }

  /** Mean nDCG@K of the blends with weights {@code w} (binary relevance). */
  static double ndcg(List<Case> cases, double[] w) {
    double sum = 0;
    for (Case c : cases) {
      int n = c.relevant().length;
      double[] score = new double[n];
      for (int q = 0; q < n; q++) {
        double num = 0;
        double den = 0;
        for (int m = 0; m < w.length; m++) {
          float[] p = c.parts()[m];
          if (p != null && !Float.isNaN(p[q]) && w[m] > 0) {
            num += w[m] * p[q];
            den += w[m];
          }
        }
        score[q] = den > 0 ? num / den : 0;
      }
      boolean[] taken = new boolean[n];
      double dcg = 0;
      for (int r = 0; r < Math.min(K, n); r++) {
        int best = -1;
        for (int q = 0; q < n; q++) {
          if (!taken[q] && (best < 0 || score[q] > score[best])) {
            best = q;
          }
        }
        taken[best] = true;
        if (c.relevant()[best]) {
          dcg += 1 / (Math.log(r + 2) / Math.log(2));
        }
      }
      double ideal = 0;
      for (int r = 0; r < Math.min(K, c.relevantCount()); r++) {
        ideal += 1 / (Math.log(r + 2) / Math.log(2));
      }
      sum += dcg / ideal;
    }
    return sum / cases.size();
  }
}
