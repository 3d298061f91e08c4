package dev.tailor.reco.itemknn;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@code itemknn} measures similarity.
 *
 * @param similarity {@code itemknn.similarity}: {@code cosine} (default) or {@code jaccard}
 * @param neighbours {@code itemknn.neighbours}: neighbours kept per item (default 50, 1..1000)
 * @param shrinkage {@code itemknn.shrinkage}: in customers; pairs shared by few customers weigh
 *     less (default 10, ≥ 0; 0 gives the plain cosine or Jaccard)
 * @param threads worker threads ({@code --threads})
 */
public record ItemKnnConfig(Similarity similarity, int neighbours, double shrinkage, int threads) {
  public static final String ALGORITHM = "itemknn";

  /** The similarity of two items' customer vectors. */
  public enum Similarity {
    /**
     * {@code Σ_u x_ui x_uj / (‖x_i‖ ‖x_j‖) × n_ij / (n_ij + shrinkage)} on the weighted
     * interactions, with {@code n_ij} the customers of both items: the cosine, discounted for pairs
     * few customers share (independent of the weights' scale, so decay does not drown it).
     */
    COSINE,
    /** {@code |U_i ∩ U_j| / (|U_i| + |U_j| − |U_i ∩ U_j| + shrinkage)} on who interacted. */
    JACCARD
  }

  public ItemKnnConfig {
    Objects.requireNonNull(similarity, "similarity");
    if (neighbours < 1 || neighbours > 1000) {
      throw new TailorException(ErrorCode.BAD_INPUT, "itemknn.neighbours must be 1..1000");
    }
    if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
      throw new TailorException(ErrorCode.BAD_INPUT, "itemknn.shrinkage must be ≥ 0");
    }
    if (threads < 1) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--threads must be ≥ 1");
    }
  }

  /** Reads {@code itemknn.similarity}, {@code itemknn.neighbours}, {@code itemknn.shrinkage}. */
  public static ItemKnnConfig from(AlgorithmParams params, AlgorithmOptions options) {
    options.requireKnown(ALGORITHM, Set.of("similarity", "neighbours", "shrinkage"));
    String similarity =
        options.choice(ALGORITHM, "similarity", "cosine", List.of("cosine", "jaccard"));
    return new ItemKnnConfig(
        similarity.equals("jaccard") ? Similarity.JACCARD : Similarity.COSINE,
        options.integer(ALGORITHM, "neighbours", 50, 1, 1000),
        options.decimal(ALGORITHM, "shrinkage", 10, 0, 1e9),
        params.threads());
  }
}
