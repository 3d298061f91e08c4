package dev.tailor.reco.model;

/** Fits a {@link Model} from training data. Configured at construction; reusable. */
public interface Trainer {
  /** The algorithm name of the models it trains. */
  String algorithm();

  Model train(TrainingData data);
}
