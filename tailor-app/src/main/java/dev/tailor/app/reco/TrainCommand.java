package dev.tailor.app.reco;

import dev.tailor.app.cli.Output;
import dev.tailor.app.cli.TailorSubcommand;
import dev.tailor.app.config.RecoConfig;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.store.Store;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.eval.AlgorithmResult;
import dev.tailor.reco.eval.EvaluationOptions;
import dev.tailor.reco.eval.EvaluationReport;
import dev.tailor.reco.eval.Evaluator;
import dev.tailor.reco.eval.Split;
import dev.tailor.reco.hybrid.HybridModel;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.snapshot.SnapshotHeader;
import dev.tailor.reco.snapshot.SnapshotInfo;
import dev.tailor.reco.snapshot.TrainingConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tailor train}: trains a model from the store and saves a versioned snapshot. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a model from the store's events within the window (measured back from the newest"
          + " event) and save a versioned snapshot with its config hash, data window, counts and"
          + " quality metrics.",
      "The metrics come from a holdout: the model is first trained without the last 10%% of the"
          + " window's events and judged on them (nDCG, recall, precision, hit rate, coverage at"
          + " 10), then trained again on everything."
    })
public final class TrainCommand extends TailorSubcommand implements Callable<Integer> {
  /** Share of the window's newest events held out to measure quality before the final fit. */
  static final String HOLDOUT = "temporal:0.1";

  @Option(
      names = "--algorithm",
      paramLabel = "A",
      description =
          "Algorithm: popular, trending, itemknn, copurchase, content, hybrid, als, ease.")
  private String algorithmName = "als";

  @Option(
      names = "--window",
      paramLabel = "WINDOW",
      description = "Training window: 90d, 12h, 2w or all (default tailor.reco.window, 90d).")
  private String window;

  @Option(names = "--no-eval", description = "Skip the holdout evaluation (no metrics stored).")
  private boolean noEval;

  @Mixin private AlgorithmOptionsMixin algorithm;

  @Mixin private WeightsMixin weights;

  @Override
  public Integer call() {
    TailorConfig config = root().config();
    Output out = root().output();
    Wiring wiring = new Wiring(config);
    Optional<Duration> w =
        window == null ? config.reco().window() : RecoConfig.parseWindow("--window", window);
    Trainer trainer = Algorithms.trainer(algorithmName, algorithm.params(), algorithm.options());
    WeightScheme scheme = weights.apply(config.reco().weights());
    TrainingData data;
    try (Store store = wiring.openStore()) {
      data = TrainingData.fromStore(store, scheme, w);
    }
    if (data.interactions().nonZeros() == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "no product interactions"
              + w.map(d -> " in the last " + RecoConfig.format(d) + " of data").orElse("")
              + " to train on; import events first (tailor import), or widen --window");
    }
    Map<String, Double> metrics = noEval ? Map.of() : holdoutMetrics(data, trainer, out);
    long start = System.nanoTime();
    Model model = trainer.train(data);
    double seconds = (System.nanoTime() - start) / 1e9;
    TrainingConfig trainingConfig =
        new TrainingConfig(trainer.algorithm(), algorithm.params(), algorithm.options(), scheme, w);
    SnapshotHeader header =
        SnapshotHeader.of(trainingConfig, data, root().context().clock().instant(), metrics);
    SnapshotInfo info = wiring.snapshots().save(model, header);
    TrainResult result =
        new TrainResult(
            info.algorithm(),
            info.version(),
            info.file().toString(),
            seconds,
            header,
            blend(model));
    if (out.json()) {
      out.printJson(result.toMap());
    } else {
      print(result, out);
    }
    return 0;
  }

  private static Map<String, Double> holdoutMetrics(
      TrainingData data, Trainer trainer, Output out) {
    try {
      EvaluationOptions options =
          EvaluationOptions.defaults().withWeights(data.weights()).withCatalog(data.catalog());
      EvaluationReport report =
          new Evaluator(options).evaluate(data.log(), Split.parse(HOLDOUT, 42), List.of(trainer));
      AlgorithmResult r = report.find(trainer.algorithm()).orElseThrow();
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("ndcg@10", r.ndcg());
      m.put("recall@10", r.recall());
      m.put("precision@10", r.precision());
      m.put("hit_rate@10", r.hitRate());
      m.put("coverage@10", r.coverage());
      report.find(Evaluator.BASELINE).ifPresent(b -> m.put("baseline_ndcg@10", b.ndcg()));
      return m;
    } catch (TailorException e) {
      out.note("no quality metrics: " + e.getMessage());
      return Map.of();
    }
  }

  /** A hybrid's component weights (learned or configured) and notes; empty for other models. */
  private static Map<String, Object> blend(Model model) {
    if (!(model instanceof HybridModel h)) {
      return Map.of();
    }
    Map<String, Object> weights = new LinkedHashMap<>();
    h.components().forEach(c -> weights.put(c.model().algorithm(), (double) c.weight()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("weights", weights);
    m.put("notes", h.notes());
    return m;
  }

  private static void print(TrainResult r, Output out) {
    SnapshotHeader h = r.header();
    out.line(
        String.format(
            Locale.ROOT,
            "Trained %s in %.1f s: %,d customers x %,d products, %,d interactions from %,d events",
            r.algorithm(),
            r.trainSeconds(),
            h.data().customers(),
            h.data().products(),
            h.data().interactions(),
            h.data().events()));
    out.line(
        "  data window: "
            + h.data().first().map(Object::toString).orElse("-")
            + " .. "
            + h.data().last().map(Object::toString).orElse("-"));
    out.line("  config hash " + h.configHash() + ", data hash " + h.dataHash());
    if (h.metrics().isEmpty()) {
      out.line("  no quality metrics stored");
    } else {
      StringBuilder b = new StringBuilder("  holdout (last 10% of events):");
      h.metrics().forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.4f", k, v)));
      out.line(b.toString());
    }
    if (!r.blend().isEmpty()) {
      StringBuilder b = new StringBuilder("  blend weights:");
      ((Map<?, ?>) r.blend().get("weights"))
          .forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.3f", k, (Double) v)));
      out.line(b.toString());
      ((List<?>) r.blend().get("notes")).forEach(n -> out.line("  " + n));
    }
    out.line("  saved " + r.file() + " (version " + r.version() + ")");
  }

  /** What a training run made. */
  record TrainResult(
      String algorithm,
      String version,
      String file,
      double trainSeconds,
      SnapshotHeader header,
      Map<String, Object> blend) {

    /** The {@code --json} shape, snake_case keys. */
    Map<String, Object> toMap() {
      SnapshotHeader h = header;
      TrainingConfig c = h.config();
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("algorithm", c.algorithm());
      config.put("factors", c.params().factors());
      config.put("iterations", c.params().iterations());
      config.put("regularization", c.params().regularization());
      config.put("alpha", c.params().alpha());
      config.put("seed", c.params().seed());
      config.put("options", c.options().asMap());
      config.put("window", c.window().map(RecoConfig::format).orElse("all"));
      Map<String, Object> weights = new LinkedHashMap<>();
      c.weights().weights().forEach((t, w) -> weights.put(t.wireName(), w));
      config.put("weights", weights);
      config.put("half_life", RecoConfig.format(c.weights().halfLife()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("algorithm", algorithm);
      m.put("version", version);
      m.put("file", file);
      m.put("train_seconds", trainSeconds);
      m.put("created_at", h.createdAt().toString());
      m.put("config", config);
      m.put("config_hash", h.configHash());
      m.put("data", h.data());
      m.put("data_hash", h.dataHash());
      m.put("metrics", h.metrics());
      if (!blend.isEmpty()) {
        m.put("blend", blend);
      }
      return m;
    }
  }
}
