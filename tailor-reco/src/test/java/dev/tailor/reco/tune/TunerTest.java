package dev.tailor.reco.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.eval.CoOccurrenceTrainer;
import dev.tailor.reco.eval.EvaluationOptions;
import dev.tailor.reco.eval.PlantedShop;
import dev.tailor.reco.eval.RandomTrainer;
import dev.tailor.reco.eval.TemporalSplit;
import dev.tailor.reco.eval.TrainTest;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainerFactory;
import dev.tailor.reco.model.TrainingData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TunerTest {
  private static final InteractionLog LOG = PlantedShop.log(200, 100, 4, 8_000, 0.8, 3);
  private static final AlgorithmParams BASE = new AlgorithmParams(1, 1, 0.1, 1, 1, 42);

  /** factors 2 trains the co-occurrence model, anything else scores at random. */
  private static final TrainerFactory BY_FACTORS =
      (params, options) -> params.factors() == 2 ? new CoOccurrenceTrainer() : new RandomTrainer();

  private static Tuner tuner(int budget) {
    return new Tuner(
        EvaluationOptions.defaults().withThreads(2),
        TuningOptions.defaults()
            .withSplit(new TemporalSplit(0.2))
            .withBudget(budget)
            .withBase(BASE));
  }

  @Test
  void aGridThatFitsTheBudgetIsRunWholeAfterTheBaseAndTheBestSettingWins() {
    ParamSpace space = new ParamSpace(Map.of("factors", Dimension.Choice.of(1, 2, 3)));
    TuningResult result = tuner(10).tune(LOG, BY_FACTORS, space);

    // the base (factors 1) first; the grid's factors 1 is the same setting and is not repeated
    assertThat(result.trials()).extracting(t -> t.params().factors()).containsExactly(1, 2, 3);
    assertThat(result.best().params().factors()).isEqualTo(2);
    assertThat(result.best().number()).isEqualTo(2);
    assertThat(result.best().ndcg()).isGreaterThan(result.trials().get(0).ndcg());
    assertThat(result.trials()).allSatisfy(t -> assertThat(t.seconds()).isNotNegative());
    assertThat(result.toTable()).contains("2*").contains("best: trial 2");
  }

  @Test
  void validationIsCutFromTheTrainingPartAndTheTestPartIsNeverSeen() {
    TrainTest outer = new TemporalSplit(0.2).apply(LOG);
    Instant firstTestEvent = outer.test().oldest().orElseThrow();
    List<Instant> seen = new ArrayList<>();
    TrainerFactory spying =
        (params, options) ->
            new Trainer() {
              @Override
              public String algorithm() {
                return "spy";
              }

              @Override
              public Model train(TrainingData data) {
                seen.add(data.reference());
                return new RandomTrainer().train(data);
              }
            };
    ParamSpace space = new ParamSpace(Map.of("alpha", new Dimension.LogRange(0.1, 10, false)));
    TuningResult result = tuner(4).tune(LOG, spying, space);

    assertThat(seen).hasSize(4).allSatisfy(t -> assertThat(t).isBefore(firstTestEvent));
    assertThat(result.validation().trainEvents() + result.validation().testEvents())
        .isEqualTo(outer.train().size());
    assertThat(result.validation().description()).contains("of the training part of temporal:0.2");
    assertThat(result.algorithm()).isEqualTo("spy");
  }

  @Test
  void randomSearchDrawsDistinctSeededSettingsUpToTheBudget() {
    ParamSpace space =
        new ParamSpace(
            Map.of(
                "regularization", new Dimension.LogRange(0.001, 1, false),
                "factors", new Dimension.LogRange(4, 64, true)));
    List<Map<String, String>> plan = tuner(6).plan(space);
    List<Map<String, String>> again = tuner(6).plan(space);

    assertThat(plan).hasSize(6).doesNotHaveDuplicates().isEqualTo(again);
    assertThat(plan.get(0)).isEmpty();
    assertThat(plan.subList(1, 6))
        .allSatisfy(
            s -> {
              assertThat(Double.parseDouble(s.get("regularization"))).isBetween(0.001, 1.0);
              assertThat(Integer.parseInt(s.get("factors"))).isBetween(4, 64);
            });
  }

  @Test
  void aSmallGridCannotFillALargeBudgetAndAnEmptySpaceRunsTheBaseOnly() {
    assertThat(tuner(20).plan(new ParamSpace(Map.of("factors", Dimension.Choice.of(1, 2)))))
        .hasSize(2);
    assertThat(tuner(20).plan(ParamSpace.forAlgorithm("unknown"))).hasSize(1);
  }

  @Test
  void settingsApplyToTheSharedParametersAndTheAlgorithmOptions() {
    Map<String, String> setting =
        Map.of("factors", "32", "alpha", "2.5", "itemknn.neighbours", "20");

    assertThat(ParamSpace.params(BASE, setting))
        .isEqualTo(new AlgorithmParams(32, 1, 0.1, 2.5, 1, 42));
    assertThat(ParamSpace.options(AlgorithmOptions.NONE, setting).asMap())
        .containsExactly(Map.entry("itemknn.neighbours", "20"));
  }

  @Test
  void onlySharedNamesOrAlgorithmOptionsCanBeTuned() {
    assertThatThrownBy(() -> new ParamSpace(Map.of("depth", Dimension.Choice.of(1))))
        .hasMessageContaining("cannot tune 'depth'");
    assertThat(ParamSpace.forAlgorithm("als").dimensions())
        .containsOnlyKeys("factors", "iterations", "regularization", "alpha");
  }

  @Test
  void theBudgetMustBePositive() {
    assertThatThrownBy(() -> TuningOptions.defaults().withBudget(0))
        .hasMessageContaining("--budget must be between 1 and 10000");
  }

  @Test
  void aRegisteredAlgorithmIsTunedOverItsDefaultSpace() {
    TuningResult result = tuner(5).tune(LOG, "popular");

    // the base, then popular.basis purchases and events (purchases is the default: same setting
    // as the base only when given explicitly, so both are run)
    assertThat(result.algorithm()).isEqualTo("popular");
    assertThat(result.trials()).hasSize(3);
    assertThat(result.trials().get(2).options().asMap()).containsEntry("popular.basis", "events");
    assertThatThrownBy(() -> tuner(5).tune(LOG, "nope")).hasMessageContaining("unknown algorithm");
  }
}
