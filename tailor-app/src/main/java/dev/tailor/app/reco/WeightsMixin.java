package dev.tailor.app.reco;

import dev.tailor.app.config.RecoConfig;
import dev.tailor.reco.data.WeightScheme;
import picocli.CommandLine.Option;

/** {@code --half-life}: overrides the configured time decay of event weights. */
public final class WeightsMixin {
  @Option(
      names = "--half-life",
      paramLabel = "DURATION",
      description =
          "Time decay of event weights, measured back from the newest event: 30d, 12h, 2w, or 0"
              + " for none (default tailor.reco.half-life, 30d). Datasets spanning years usually"
              + " want 0 or a long half-life.")
  private String halfLife;

  /** The configured scheme with the half-life from the command line, if given. */
  public WeightScheme apply(WeightScheme configured) {
    if (halfLife == null) {
      return configured;
    }
    return new WeightScheme(
        configured.weights(), RecoConfig.parseDuration("--half-life", halfLife));
  }
}
