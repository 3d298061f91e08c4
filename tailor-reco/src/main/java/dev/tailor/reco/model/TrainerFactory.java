package dev.tailor.reco.model;

/** Makes a configured {@link Trainer} from the shared parameters and the algorithm's options. */
@FunctionalInterface
public interface TrainerFactory {
  /**
   * A trainer for {@code params} and {@code options}; throws a {@code TailorException(BAD_INPUT)}
   * naming the option when one is invalid or unknown.
   */
  Trainer create(AlgorithmParams params, AlgorithmOptions options);
}
