package dev.tailor.app.reco;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.reco.eval.EvaluationOptions;
import dev.tailor.reco.eval.Split;
import dev.tailor.reco.tune.Tuner;
import dev.tailor.reco.tune.TuningOptions;
import dev.tailor.reco.tune.TuningResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailor tune}: hyper-parameter search on a validation split of the training part. */
@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    description = {
      "Search an algorithm's hyper-parameters. The folder is split into training and test; the"
          + " test part is never looked at. The training part is split again into training and"
          + " validation, and every trial is scored by nDCG@k on validation.",
      "Trial 1 is the given (or default) setting, so the best is never worse than it."
    })
public final class TuneCommand extends TailorSubcommand implements Callable<Integer> {
  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Data folder.")
  private Path dir;

  @Option(names = "--map", paramLabel = "MAPPING", description = "Column mapping for the folder.")
  private String mapping;

  @Option(
      names = "--algorithm",
      required = true,
      paramLabel = "A",
      description = "Algorithm to tune, e.g. als or itemknn.")
  private String algorithmName;

  @Option(names = "--budget", paramLabel = "N", description = "Trials (20).")
  private int budget = 20;

  @Option(names = "--split", paramLabel = "SPEC", description = "How to split (temporal:0.2).")
  private String split = "temporal:0.2";

  @Option(names = "--k", paramLabel = "K", description = "nDCG cut-off (10).")
  private int k = 10;

  @Mixin private AlgorithmOptionsMixin algorithm;

  @Mixin private WeightsMixin weights;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    Dataset data = Dataset.load(new Wiring(config), dir, Optional.ofNullable(mapping), out);
    EvaluationOptions evaluation =
        EvaluationOptions.defaults()
            .withK(k)
            .withWeights(weights.apply(config.reco().weights()))
            .withCatalog(data.catalog())
            .withThreads(algorithm.params().threads());
    TuningOptions options =
        TuningOptions.defaults()
            .withSplit(Split.parse(split, algorithm.seed()))
            .withBudget(budget)
            .withBase(algorithm.params())
            .withOptions(algorithm.options());
    TuningResult result =
        new Tuner(
                evaluation,
                options,
                t ->
                    out.note(
                        String.format(
                            Locale.ROOT,
                            "trial %d: ndcg@%d %.4f in %.1f s %s",
                            t.number(),
                            k,
                            t.ndcg(),
                            t.seconds(),
                            t.setting().isEmpty() ? "(base setting)" : t.setting())))
            .tune(data.log(), algorithmName);
    if (out.json()) {
      out.printJson(result.toMap());
    } else {
      out.line(result.toTable().stripTrailing());
    }
    return 0;
  }
}
