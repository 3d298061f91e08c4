package dev.tailor.app.reco;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.RecoConfig;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.offpolicy.OffPolicyRun;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.catalog.Product;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.eval.EvaluationOptions;
import dev.tailor.reco.eval.EvaluationReport;
import dev.tailor.reco.eval.Evaluator;
import dev.tailor.reco.eval.Split;
import dev.tailor.reco.eval.TrainTest;
import dev.tailor.reco.model.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailor evaluate}: offline evaluation of algorithms on interchange files. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate algorithms offline on a folder of interchange files (or a mapped export), split"
          + " into training and test, or on a split made elsewhere (--train D1 --test D2).",
      "Prints ndcg, precision, recall, map, hit_rate, coverage, diversity, novelty,"
          + " train_seconds and recommend_seconds per algorithm; the popularity baseline is"
          + " always included.",
      "With --off-policy --strategy F: re-decides past sends with the strategy and estimates the"
          + " click rate it would have had from the logged propensities (IPS and self-normalized"
          + " IPS with 95% intervals, effective sample size, the sent policy's own rate). It uses"
          + " the current model snapshots, not those current at each send: models trained on"
          + " events after the sends may have learnt from their clicks, which makes the estimate"
          + " optimistic (the run says how many sends are older than the models' data)."
    })
public final class EvaluateCommand extends TailorSubcommand implements Callable<Integer> {
  /** Evaluated when --algorithms is not given. */
  static final String DEFAULT_ALGORITHMS = "popular,trending,itemknn,copurchase,content,als";

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Source source;

  @Option(
      names = "--off-policy",
      description = "Estimate --strategy F's click rate on past sends (needs no --dir).")
  private boolean offPolicy;

  @Option(names = "--strategy", paramLabel = "F", description = "With --off-policy: the strategy.")
  private Path strategy;

  @Option(
      names = "--min-propensity",
      paramLabel = "P",
      description = "With --off-policy: logged propensities below P count as P (0.01).")
  private double minPropensity = 0.01;

  @Option(
      names = "--campaign",
      paramLabel = "ID",
      description = "With --off-policy: only this campaign's sends (default all).")
  private String campaign;

  @Option(
      names = "--draws",
      paramLabel = "N",
      description =
          "With --off-policy and an exploring strategy: decisions per message whose share"
              + " showing an item estimates its probability (20).")
  private int draws = 20;

  static final class Source {
    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to split and evaluate on.")
    Path dir;

    @ArgGroup(exclusive = false)
    Explicit explicit;
  }

  static final class Explicit {
    @Option(names = "--train", required = true, paramLabel = "DIR", description = "Training data.")
    Path train;

    @Option(names = "--test", required = true, paramLabel = "DIR", description = "Test data.")
    Path test;
  }

  @Option(
      names = "--map",
      paramLabel = "MAPPING",
      description = "Column mapping for the folder(s): a YAML file or a shipped name.")
  private String mapping;

  @Option(
      names = "--split",
      paramLabel = "SPEC",
      description =
          "temporal:F (one global cut, the last F of events is test; default temporal:0.2),"
              + " user-random:F (per customer), or leave-last-out.")
  private String split = "temporal:0.2";

  @Option(names = "--k", paramLabel = "K", description = "List length and cut-off (10).")
  private int k = 10;

  @Option(
      names = "--algorithms",
      paramLabel = "A,B",
      split = ",",
      description = "Algorithms to evaluate (default " + DEFAULT_ALGORITHMS + ").")
  private List<String> algorithms;

  @Option(
      names = "--window",
      paramLabel = "WINDOW",
      description =
          "Training window back from the newest training event: 90d, 12h, 2w or all (default all:"
              + " offline data is often older than any fixed window).")
  private String window = "all";

  @Option(
      names = "--recs-out",
      paramLabel = "DIR",
      description = "Write each algorithm's lists as customer_id,rank,product_id,score CSV.")
  private Path recsOut;

  @Mixin private AlgorithmOptionsMixin algorithm;

  @Mixin private WeightsMixin weights;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    if (offPolicy || strategy != null) {
      if (!offPolicy || strategy == null || source != null) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "--off-policy needs --strategy F and no --dir, --train or --test");
      }
      return new OffPolicyRun(config, out, root().context().clock())
          .run(
              new OffPolicyRun.Request(
                  strategy, minPropensity, Optional.ofNullable(campaign), draws));
    }
    if (source == null) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "give --dir DIR, --train D1 --test D2, or --off-policy --strategy F");
    }
    Wiring wiring = new Wiring(config);
    Split spec = Split.parse(split, algorithm.seed());
    List<Trainer> trainers = trainers();
    EvaluationReport report;
    if (source.dir != null) {
      Dataset data = Dataset.load(wiring, source.dir, Optional.ofNullable(mapping), out);
      report = evaluator(config, data.catalog(), out).evaluate(data.log(), spec, trainers);
    } else {
      Dataset train =
          Dataset.load(wiring, source.explicit.train, Optional.ofNullable(mapping), out);
      Dataset test = Dataset.load(wiring, source.explicit.test, Optional.ofNullable(mapping), out);
      Map<String, Product> catalog = new HashMap<>(test.catalog());
      catalog.putAll(train.catalog());
      TrainTest tt =
          new TrainTest(
              train.log(),
              test.log(),
              "train " + source.explicit.train + ", test " + source.explicit.test);
      report = evaluator(config, catalog, out).evaluate(tt, trainers);
    }
    if (out.json()) {
      out.printJson(report.toMap());
    } else {
      out.line(report.toTable().stripTrailing());
    }
    return 0;
  }

  private List<Trainer> trainers() {
    List<String> names = algorithms != null ? algorithms : List.of(DEFAULT_ALGORITHMS.split(","));
    if (names.isEmpty()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "--algorithms names no algorithm");
    }
    List<Trainer> list = new ArrayList<>();
    for (String name : names) {
      list.add(Algorithms.trainer(name.strip(), algorithm.params(), algorithm.options()));
    }
    return list;
  }

  private Evaluator evaluator(TailorConfig config, Map<String, Product> catalog, Output out) {
    EvaluationOptions options =
        EvaluationOptions.defaults()
            .withK(k)
            .withWeights(weights.apply(config.reco().weights()))
            .withCatalog(catalog)
            .withThreads(algorithm.params().threads());
    Optional<java.time.Duration> w = RecoConfig.parseWindow("--window", window);
    if (w.isPresent()) {
      options = options.withWindow(w.get());
    }
    if (recsOut != null) {
      options = options.withRecsOut(recsOut);
    }
    return new Evaluator(options, progress(out));
  }

  /** Tells stderr which algorithm is being trained and evaluated. */
  static Evaluator.Listener progress(Output out) {
    return new Evaluator.Listener() {
      @Override
      public void started(String name) {
        out.note("evaluating " + name + " ...");
      }
    };
  }
}
