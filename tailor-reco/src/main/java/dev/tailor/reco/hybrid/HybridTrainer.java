package dev.tailor.reco.hybrid;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Trains every component of the blend on the same data. A component that cannot learn from this
 * data (for example {@code copurchase} without orders) is left out with a note, as long as one
 * remains.
 */
public final class HybridTrainer implements Trainer {
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
    for (Map.Entry<String, Double> e : config.weights().entrySet()) {
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

  /** The ids of the products with at least one weighted interaction. */
  private static List<String> warmItems(Interactions m) {
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
