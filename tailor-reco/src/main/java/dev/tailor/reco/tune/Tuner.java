package dev.tailor.reco.tune;

import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.eval.AlgorithmResult;
import dev.tailor.reco.eval.EvaluationOptions;
import dev.tailor.reco.eval.EvaluationSet;
import dev.tailor.reco.eval.Evaluator;
import dev.tailor.reco.eval.TrainTest;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.TrainerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Hyper-parameter search behind {@code tailor tune}. The data is cut with the split; the test part
 * is dropped unseen, and the same split cuts the training part again into training and validation,
 * on which every trial is scored by nDCG@k. Trial 1 is the base setting, so the search never
 * reports something worse than the defaults on validation. When every searched parameter is a
 * finite choice and the grid fits the budget, the whole grid is run; otherwise settings are drawn
 * at random (seeded, without repeats).
 */
public final class Tuner {
  private static final int DRAW_ATTEMPTS_PER_TRIAL = 50;

  private final Evaluator evaluator;
  private final TuningOptions options;
  private final Consumer<Trial> onTrial;

  /** {@code evaluation} gives k, weights, catalog and threads; its CSV output is not used. */
  public Tuner(EvaluationOptions evaluation, TuningOptions options) {
    this(evaluation, options, t -> {});
  }

  /** Like {@link #Tuner(EvaluationOptions, TuningOptions)}, telling {@code onTrial} each trial. */
  public Tuner(EvaluationOptions evaluation, TuningOptions options, Consumer<Trial> onTrial) {
    this.evaluator = new Evaluator(evaluation.withoutRecsOut());
    this.options = Objects.requireNonNull(options, "options");
    this.onTrial = Objects.requireNonNull(onTrial, "onTrial");
  }

  /**
   * Searches the default space of the registered {@code algorithm} ({@link
   * ParamSpace#forAlgorithm}) on {@code log}; throws BAD_INPUT for an unknown algorithm.
   */
  public TuningResult tune(InteractionLog log, String algorithm) {
    if (!Algorithms.isKnown(algorithm)) {
      Algorithms.trainer(algorithm, options.base()); // throws, listing the known algorithms
    }
    return tune(
        log,
        (params, opts) -> Algorithms.trainer(algorithm, params, opts),
        ParamSpace.forAlgorithm(algorithm.strip().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Searches {@code space} for the trainers {@code factory} makes, on {@code log}. */
  public TuningResult tune(InteractionLog log, TrainerFactory factory, ParamSpace space) {
    TrainTest outer = options.split().apply(log);
    TrainTest inner = options.split().apply(outer.train());
    TrainTest validation =
        new TrainTest(
            inner.train(),
            inner.test(),
            inner.description() + " of the training part of " + outer.description());
    EvaluationSet set = evaluator.prepare(validation);
    List<Trial> trials = new ArrayList<>();
    String algorithm = null;
    for (Map<String, String> setting : plan(space)) {
      AlgorithmParams params = ParamSpace.params(options.base(), setting);
      AlgorithmOptions algorithmOptions = ParamSpace.options(options.options(), setting);
      var trainer = factory.create(params, algorithmOptions);
      algorithm = trainer.algorithm();
      AlgorithmResult r = evaluator.run(set, trainer);
      Trial trial =
          new Trial(
              trials.size() + 1,
              setting,
              params,
              algorithmOptions,
              r.ndcg(),
              r.trainSeconds() + r.recommendSeconds());
      trials.add(trial);
      onTrial.accept(trial);
    }
    Trial best = trials.get(0);
    for (Trial t : trials) {
      if (t.ndcg() > best.ndcg()) {
        best = t;
      }
    }
    return new TuningResult(algorithm, evaluator.options().k(), set.summary(), best, trials);
  }

  /** The settings to run: the base first, then the grid or random draws, distinct, in budget. */
  List<Map<String, String>> plan(ParamSpace space) {
    List<Map<String, String>> plan = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    plan.add(new LinkedHashMap<>());
    seen.add(key(Map.of()));
    Optional<List<Map<String, String>>> grid = space.grid();
    if (grid.isPresent() && grid.get().size() < options.budget()) {
      for (Map<String, String> s : grid.get()) {
        if (seen.add(key(s))) {
          plan.add(s);
        }
      }
      return plan;
    }
    if (space.dimensions().isEmpty()) {
      return plan;
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    int attempts = options.budget() * DRAW_ATTEMPTS_PER_TRIAL;
    while (plan.size() < options.budget() && attempts-- > 0) {
      Map<String, String> s = space.sample(random);
      if (seen.add(key(s))) {
        plan.add(s);
      }
    }
    return plan;
  }

  /** Identity of a setting: the parameters and options it leads to. */
  private List<Object> key(Map<String, String> setting) {
    return List.of(
        ParamSpace.params(options.base(), setting), ParamSpace.options(options.options(), setting));
  }
}
