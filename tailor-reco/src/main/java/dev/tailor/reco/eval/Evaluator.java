package dev.tailor.reco.eval;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Offline evaluation: trains each algorithm on the training part of a split, recommends the top k
 * candidates to every evaluated customer and scores the lists against their relevant test items.
 *
 * <p>Candidates are the items with training interactions minus the customer's own training items:
 * models are judged on what they would newly suggest, never on repeating history or on products
 * they could not have seen. Relevance is explained in {@link EvaluationSet}, metrics in {@link
 * RankingMetrics} and {@link ListMetrics}.
 *
 * <p>The popularity baseline is always part of {@link #evaluate}: when no trainer named {@code
 * popular} is given, the registry's {@code popular} with default options is added first.
 */
public final class Evaluator {
  /** Told about progress, for example to print it on stderr. Called on the evaluating thread. */
  public interface Listener {
    default void started(String algorithm) {}

    default void finished(AlgorithmResult result) {}
  }

  /** The algorithm every evaluation includes. */
  public static final String BASELINE = "popular";

  private final EvaluationOptions options;
  private final Listener listener;

  public Evaluator(EvaluationOptions options) {
    this(options, new Listener() {});
  }

  public Evaluator(EvaluationOptions options, Listener listener) {
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  public EvaluationOptions options() {
    return options;
  }

  /** Cuts {@code log} with {@code split}, then {@link #evaluate(TrainTest, List)}. */
  public EvaluationReport evaluate(InteractionLog log, Split split, List<Trainer> trainers) {
    return evaluate(split.apply(log), trainers);
  }

  /**
   * Evaluates {@code trainers} (plus the popularity baseline) on a split; with {@code --train D1
   * --test D2} the two logs have their own id indexes and are matched by id. Algorithm names must
   * be distinct. Writes CSV lists when the options ask for it.
   */
  public EvaluationReport evaluate(TrainTest split, List<Trainer> trainers) {
    List<Trainer> all = withBaseline(trainers);
    EvaluationSet set = prepare(split);
    List<AlgorithmResult> results = new ArrayList<>();
    for (Trainer t : all) {
      results.add(run(set, t));
    }
    return new EvaluationReport(options.k(), set.summary(), results);
  }

  /** Prepares a split once so that several runs (for example tuning trials) can share it. */
  public EvaluationSet prepare(TrainTest split) {
    return EvaluationSet.of(split, options.weights(), options.catalog(), options.window());
  }

  /** Trains, recommends and scores one algorithm on a prepared split (no baseline added). */
  public AlgorithmResult run(EvaluationSet set, Trainer trainer) {
    listener.started(trainer.algorithm());
    long t0 = System.nanoTime();
    Model model = trainer.train(set.trainingData());
    long t1 = System.nanoTime();
    RecommendationLists lists =
        new BatchRecommender(set, model, options.k()).recommendAll(options.threads());
    long t2 = System.nanoTime();
    AlgorithmResult result =
        ListScoring.score(
            trainer.algorithm(),
            set,
            lists,
            new ListScoring.Timing((t1 - t0) / 1e9, (t2 - t1) / 1e9));
    options
        .recsOut()
        .ifPresent(dir -> RecommendationsCsv.write(dir, trainer.algorithm(), set, lists));
    listener.finished(result);
    return result;
  }

  /**
   * {@code trainers} with the popularity baseline first when none is named {@code popular}; rejects
   * duplicate names.
   */
  static List<Trainer> withBaseline(List<Trainer> trainers) {
    Set<String> names = new HashSet<>();
    for (Trainer t : trainers) {
      if (!names.add(t.algorithm())) {
        throw EvaluationException.badInput("the algorithm " + t.algorithm() + " is listed twice");
      }
    }
    List<Trainer> all = new ArrayList<>();
    if (!names.contains(BASELINE)) {
      all.add(Algorithms.trainer(BASELINE, AlgorithmParams.DEFAULTS));
    }
    all.addAll(trainers);
    return all;
  }
}
