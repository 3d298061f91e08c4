package dev.tailor.reco.hybrid;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Trains every component of the blend on the same data. A component that cannot learn from this
 * data (for example {@code copurchase} without orders) is left out with a note, as long as one
 * remains. With {@code hybrid.learn-weights} the weights are first learned on a validation part cut
 * from this data alone ({@link WeightLearner}), and the learned weights, stored in the model, are
 * used; the model's notes say what was learned and how it scored.
 */
public final class HybridTrainer implements Trainer {
  /** The least weight a cold-customer component keeps when weights are learned. */
  static final double COLD_FLOOR = 0.01;

  private final HybridConfig config;
  private final Function<String, Trainer> trainers;

  /**
   * @param config what to blend
   * @param trainers the trainer of a component algorithm by name (from the algorithm registry)
   */
  public HybridTrainer(HybridConfig config, Function<String, Trainer> trainers) {
    this.config = Objects.requireNonNull(config, "config");
    this.trainers = Objects.requireNonNull(trainers, "trainers");
    config.weights().keySet().forEach(trainers::apply);
  }

  @Override
  public String algorithm() {
    return HybridConfig.ALGORITHM;
  }

  @Override
  public HybridModel train(TrainingData data) {
    List<HybridModel.Component> components = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Double> weights = config.weights();
    if (config.learnWeights()) {
      Optional<WeightLearner.Learned> learned = WeightLearner.learn(data, config, trainers, notes);
      if (learned.isPresent()) {
        weights = floorColdCustomers(learned.get().weights());
        notes.add(describe(learned.get(), weights));
      }
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String name = e.getKey();
      try {
        Model m = trainers.apply(name).train(data);
        components.add(
            new HybridModel.Component(
                m,
                e.getValue().floatValue(),
                config.coldCustomers().contains(name),
                config.coldItems().contains(name)));
      } catch (TailorException ex) {
        if (ex.code() != ErrorCode.BAD_INPUT) {
          throw ex;
        }
        notes.add(name + " left out: " + ex.getMessage());
      }
    }
    if (components.stream().allMatch(c -> c.weight() == 0)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "hybrid has no component left to blend: " + String.join("; ", notes));
    }
    return new HybridModel(
        components, warmItems(data.interactions()), config.normalization(), notes);
  }

  /**
   * Keeps the cold-customer components (bestsellers, trending) at a small weight at least: the
   * validation only measures customers with history, and without them a newcomer gets nothing.
   */
  private Map<String, Double> floorColdCustomers(Map<String, Double> learned) {
    Map<String, Double> out = new LinkedHashMap<>(learned);
    out.replaceAll(
        (name, w) -> config.coldCustomers().contains(name) ? Math.max(w, COLD_FLOOR) : w);
    return out;
  }

  private static String describe(WeightLearner.Learned l, Map<String, Double> weights) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "weights learned on the newest %.0f %% of the training events (%d customers):"
                    + " nDCG@%d %.4f with the configured weights, %.4f with",
                WeightLearner.VALIDATION * 100,
                l.customers(),
                WeightLearner.K,
                l.startNdcg(),
                l.ndcg()));
    weights.forEach((name, w) -> b.append(String.format(Locale.ROOT, " %s:%.3f", name, w)));
    return b.toString();
  }

  /** The ids of the products with at least one weighted interaction. */
  static List<String> warmItems(Interactions m) {
    Interactions byItem = m.transpose();
    List<String> warm = new ArrayList<>();
    for (int i = 0; i < byItem.userCount(); i++) {
      if (byItem.rowLength(i) > 0) {
        warm.add(byItem.users().idOf(i));
      }
    }
    return warm;
  }
}
