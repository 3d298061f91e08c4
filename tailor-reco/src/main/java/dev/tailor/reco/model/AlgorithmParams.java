package dev.tailor.reco.model;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;

/**
 * Hyper-parameters shared by name across the command line ({@code --factors}, {@code --iterations},
 * {@code --regularization}, {@code --alpha}, {@code --threads}, {@code --seed}). Algorithms ignore
 * the ones they do not use.
 *
 * @param factors latent factors (ALS), 1..1024
 * @param iterations training sweeps (ALS), 1..1000
 * @param regularization L2 weight (ALS, EASE), ≥ 0
 * @param alpha confidence scaling of implicit feedback (ALS: c = 1 + alpha × weight), ≥ 0
 * @param threads worker threads, 1..256
 * @param seed random seed
 */
public record AlgorithmParams(
    int factors, int iterations, double regularization, double alpha, int threads, long seed) {

  public static final AlgorithmParams DEFAULTS =
      new AlgorithmParams(64, 15, 0.05, 10, Runtime.getRuntime().availableProcessors(), 42);

  public AlgorithmParams {
    check(factors >= 1 && factors <= 1024, "--factors must be between 1 and 1024");
    check(iterations >= 1 && iterations <= 1000, "--iterations must be between 1 and 1000");
    check(regularization >= 0 && Double.isFinite(regularization), "--regularization must be ≥ 0");
    check(alpha >= 0 && Double.isFinite(alpha), "--alpha must be ≥ 0");
    check(threads >= 1 && threads <= 256, "--threads must be between 1 and 256");
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new TailorException(ErrorCode.BAD_INPUT, message);
    }
  }
}
