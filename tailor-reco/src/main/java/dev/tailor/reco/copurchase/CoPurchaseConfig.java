package dev.tailor.reco.copurchase;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.util.Set;

/**
 * How {@code copurchase} relates products.
 *
 * @param neighbours {@code copurchase.neighbours}: products kept per product (default 50, 1..1000)
 * @param shrinkage {@code copurchase.shrinkage}: orders of evidence needed before a pair's
 *     association counts fully; the log-lift is multiplied by {@code n_ij / (n_ij + shrinkage)}
 *     (default 5, ≥ 0)
 * @param threads worker threads ({@code --threads})
 */
public record CoPurchaseConfig(int neighbours, double shrinkage, int threads) {
  public static final String ALGORITHM = "copurchase";

  public CoPurchaseConfig {
    if (neighbours < 1 || neighbours > 1000) {
      throw new TailorException(ErrorCode.BAD_INPUT, "copurchase.neighbours must be 1..1000");
    }
    if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
      throw new TailorException(ErrorCode.BAD_INPUT, "copurchase.shrinkage must be ≥ 0");
    }
    if (threads < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--threads must be ≥ 1");
    }
  }

  /** Reads {@code copurchase.neighbours} and {@code copurchase.shrinkage}. */
  public static CoPurchaseConfig from(AlgorithmParams params, AlgorithmOptions options) {
    options.requireKnown(ALGORITHM, Set.of("neighbours", "shrinkage"));
    return new CoPurchaseConfig(
        options.integer(ALGORITHM, "neighbours", 50, 1, 1000),
        options.decimal(ALGORITHM, "shrinkage", 5, 0, 1e9),
        params.threads());
  }
}
