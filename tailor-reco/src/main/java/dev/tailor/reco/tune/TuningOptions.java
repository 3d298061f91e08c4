package dev.tailor.reco.tune;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.eval.Split;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.util.Objects;

/**
 * How to search.
 *
 * @param split cuts the data into training and test (the test part is never looked at), then the
 *     training part into training and validation
 * @param budget trials, the base setting included ({@code --budget}), 1..10000
 * @param seed drives the random draws of settings
 * @param base the parameters not searched keep these values, and the first trial uses them as is
 * @param options algorithm options not searched keep these values
 */
public record TuningOptions(
    Split split, int budget, long seed, AlgorithmParams base, AlgorithmOptions options) {
  public TuningOptions {
    Objects.requireNonNull(split, "split");
    if (budget < 1 || budget > 10_000) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "--budget must be between 1 and 10000, not " + budget);
    }
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
  }

  /** Split temporal:0.2, budget 20, seed 42, default parameters and options. */
  public static TuningOptions defaults() {
    return new TuningOptions(
        Split.defaults(), 20, 42, AlgorithmParams.DEFAULTS, AlgorithmOptions.NONE);
  }

  public TuningOptions withSplit(Split split) {
    return new TuningOptions(split, budget, seed, base, options);
  }

  public TuningOptions withBudget(int budget) {
    return new TuningOptions(split, budget, seed, base, options);
  }

  public TuningOptions withBase(AlgorithmParams base) {
    return new TuningOptions(split, budget, seed, base, options);
  }

  public TuningOptions withOptions(AlgorithmOptions options) {
    return new TuningOptions(split, budget, seed, base, options);
  }
}
