package dev.tailor.app.reco;

import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The algorithm options every model command shares, with the same names everywhere. */
public final class AlgorithmOptionsMixin {
  @Option(names = "--factors", paramLabel = "F", description = "Latent factors (ALS; 64).")
  private Integer factors;

  @Option(names = "--iterations", paramLabel = "I", description = "Training sweeps (ALS; 15).")
  private Integer iterations;

  @Option(
      names = "--regularization",
      paramLabel = "L",
      description = "L2 regularization (ALS, EASE; 0.05).")
  private Double regularization;

  @Option(
      names = "--alpha",
      paramLabel = "A",
      description = "Confidence scaling of implicit feedback (ALS; 10).")
  private Double alpha;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (all cores).")
  private Integer threads;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (42).")
  private Long seed;

  @Option(
      names = "--option",
      paramLabel = "ALGORITHM.KEY=VALUE",
      description =
          "Algorithm-specific option, repeatable, e.g. itemknn.neighbours=50 or"
              + " hybrid.weights=als:0.7,content:0.3.")
  private Map<String, String> options = new LinkedHashMap<>();

  @Option(
      names = "--learn-weights",
      description =
          "hybrid: learn the blend weights on a validation part cut from the training data"
              + " (newest 20 %% of its events), starting from the configured ones; the learned"
              + " weights are stored in the model (same as --option hybrid.learn-weights=true).")
  private boolean learnWeights;

  public AlgorithmParams params() {
    AlgorithmParams d = AlgorithmParams.DEFAULTS;
    return new AlgorithmParams(
        factors != null ? factors : d.factors(),
        iterations != null ? iterations : d.iterations(),
        regularization != null ? regularization : d.regularization(),
        alpha != null ? alpha : d.alpha(),
        threads != null ? threads : d.threads(),
        seed != null ? seed : d.seed());
  }

  public AlgorithmOptions options() {
    if (!learnWeights) {
      return AlgorithmOptions.of(options);
    }
    Map<String, String> all = new LinkedHashMap<>(options);
    all.put("hybrid.learn-weights", "true");
    return AlgorithmOptions.of(all);
  }

  public long seed() {
    return params().seed();
  }
}
