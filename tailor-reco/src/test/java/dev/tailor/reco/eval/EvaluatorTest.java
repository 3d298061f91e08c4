package dev.tailor.reco.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.Algorithms;
import dev.tailor.reco.data.IdIndex;
import dev.tailor.reco.data.InteractionLog;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.Model;
import dev.tailor.reco.model.Trainer;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  private static final double EPS = 1e-9;

  /**
   * Training: c1 {p1, p2}, c2 {p1, p3}, c3 {p1, p4}, c4 {p4}, so p1 has 3 customers, p4 2, p2 and
   * p3 one each. Test: c1 views p3. Popularity recommends c1 the candidates p4 then p3.
   */
  private static TrainTest tinyShop() {
    InteractionLog.Builder b = InteractionLog.builder();
    String[][] train = {
      {"c1", "p1"},
      {"c1", "p2"},
      {"c2", "p1"},
      {"c2", "p3"},
      {"c3", "p1"},
      {"c3", "p4"},
      {"c4", "p4"}
    };
    for (String[] e : train) {
      b.add(e[0], e[1], EventType.PRODUCT_VIEWED, 1, null, 1);
    }
    b.add("c1", "p3", EventType.PRODUCT_VIEWED, 100, null, 1);
    InteractionLog log = b.build();
    return new TrainTest(
        log.filter(r -> log.time(r) < 100), log.filter(r -> log.time(r) >= 100), "tiny");
  }

  private static final Map<String, Product> CATALOG =
      Map.of(
          "p3", Product.builder("p3").category(List.of("Home", "Rugs")).build(),
          "p4", Product.builder("p4").category(List.of("Home", "Lamps")).build());

  @Test
  void thePopularityBaselineScoresExactlyAsComputedByHand() {
    EvaluationOptions options = EvaluationOptions.defaults().withK(2).withCatalog(CATALOG);
    EvaluationReport report = new Evaluator(options).evaluate(tinyShop(), List.of());

    assertThat(report.algorithms())
        .extracting(AlgorithmResult::algorithm)
        .containsExactly("popular");
    AlgorithmResult popular = report.find("popular").orElseThrow();
    // c1's list is [p4, p3] and p3 is relevant: a hit at rank 2
    assertThat(popular.ndcg()).isCloseTo(Math.log(2) / Math.log(3), within(EPS)); // 1/log2(3)
    assertThat(popular.precision()).isCloseTo(1.0 / 2, within(EPS));
    assertThat(popular.recall()).isCloseTo(1.0, within(EPS));
    assertThat(popular.map()).isCloseTo((1.0 / 2) / 1, within(EPS)); // precision@2 / min(2, 1)
    assertThat(popular.hitRate()).isCloseTo(1.0, within(EPS));
    assertThat(popular.coverage()).isCloseTo(2.0 / 4, within(EPS)); // p4, p3 of 4 trained items
    // p4 is used by 2 of 4 training customers (1 bit), p3 by 1 of 4 (2 bits): (1 + 2) / 2
    assertThat(popular.novelty()).hasValueCloseTo(3.0 / 2, within(EPS));
    assertThat(popular.diversity()).hasValueCloseTo(1.0, within(EPS)); // Lamps vs Rugs
    assertThat(popular.customersUnscored()).isZero();
    assertThat(report.split().customersEvaluated()).isEqualTo(1);
  }

  @Test
  void diversityIsUnknownWithoutCategoriesAndPrecisionCountsMissingSlots() {
    EvaluationReport report =
        new Evaluator(EvaluationOptions.defaults().withK(10)).evaluate(tinyShop(), List.of());

    AlgorithmResult popular = report.algorithms().get(0);
    assertThat(popular.diversity()).isEmpty();
    assertThat(popular.toMap()).containsEntry("diversity", null);
    // only 2 candidates for 10 slots: 1 hit / 10
    assertThat(popular.precision()).isCloseTo(1.0 / 10, within(EPS));
  }

  @Test
  void listsAreWrittenAsCsvPerAlgorithm(@TempDir Path dir) throws IOException {
    EvaluationOptions options =
        EvaluationOptions.defaults().withK(2).withRecsOut(dir.resolve("recs"));
    new Evaluator(options).evaluate(tinyShop(), List.of());

    assertThat(Files.readString(dir.resolve("recs/popular.csv")))
        .isEqualTo("customer_id,rank,product_id,score\nc1,1,p4,2.0\nc1,2,p3,1.0\n");
  }

  @Test
  void aModelThatCannotScoreACustomerGetsAnEmptyListCounted() {
    Trainer mute =
        new Trainer() {
          @Override
          public String algorithm() {
            return "mute";
          }

          @Override
          public Model train(TrainingData data) {
            IdIndex items = data.interactions().items();
            return new Model() {
              @Override
              public String algorithm() {
                return "mute";
              }

              @Override
              public IdIndex items() {
                return items;
              }

              @Override
              public boolean score(UserProfile profile, float[] scores) {
                return false;
              }
            };
          }
        };
    EvaluationReport report =
        new Evaluator(EvaluationOptions.defaults()).evaluate(tinyShop(), List.of(mute));

    AlgorithmResult result = report.find("mute").orElseThrow();
    assertThat(result.customersUnscored()).isEqualTo(1);
    assertThat(result.ndcg()).isZero();
    assertThat(result.coverage()).isZero();
    assertThat(result.novelty()).isEmpty();
  }

  @Test
  void aModelWithItsOwnItemIndexIsMappedByIdAndNeverRecommendsUntrainedItems() {
    Trainer remapped =
        new Trainer() {
          @Override
          public String algorithm() {
            return "remapped";
          }

          @Override
          public Model train(TrainingData data) {
            IdIndex train = data.interactions().items();
            List<String> ids = new java.util.ArrayList<>(train.ids());
            java.util.Collections.reverse(ids);
            ids.add("catalog-only");
            IdIndex items = IdIndex.of(ids);
            float[] counts = new float[items.size()];
            counts[items.indexOf("catalog-only")] = 1e9f;
            for (int e = 0; e < data.interactions().nonZeros(); e++) {
              counts[items.indexOf(train.idOf(data.interactions().col(e)))]++;
            }
            return new Model() {
              @Override
              public String algorithm() {
                return "remapped";
              }

              @Override
              public IdIndex items() {
                return items;
              }

              @Override
              public boolean score(UserProfile profile, float[] scores) {
                System.arraycopy(counts, 0, scores, 0, counts.length);
                return true;
              }
            };
          }
        };
    EvaluationReport report =
        new Evaluator(EvaluationOptions.defaults().withK(2))
            .evaluate(tinyShop(), List.of(remapped));

    Map<String, Object> popular = report.find("popular").orElseThrow().toMap();
    Map<String, Object> mapped = report.find("remapped").orElseThrow().toMap();
    popular.keySet().removeIf(key -> key.endsWith("_seconds"));
    mapped.keySet().removeIf(key -> key.endsWith("_seconds"));
    assertThat(mapped).isEqualTo(popular);
  }

  @Test
  void aRealModelBeatsPopularityAndRandomOnAPlantedSignal() {
    InteractionLog log = PlantedShop.log(300, 200, 5, 15_000, 0.8, 1);
    EvaluationReport report =
        new Evaluator(EvaluationOptions.defaults().withThreads(2))
            .evaluate(
                log,
                new TemporalSplit(0.2),
                List.of(new CoOccurrenceTrainer(), new RandomTrainer()));

    assertThat(report.algorithms())
        .extracting(AlgorithmResult::algorithm)
        .containsExactly("popular", "cooccurrence", "random");
    double model = report.find("cooccurrence").orElseThrow().ndcg();
    double popular = report.find("popular").orElseThrow().ndcg();
    double random = report.find("random").orElseThrow().ndcg();
    assertThat(model).isGreaterThan(1.5 * popular).isGreaterThan(1.5 * random);
    assertThat(report.split().customersEvaluated()).isGreaterThan(250);
    for (AlgorithmResult r : report.algorithms()) {
      assertThat(List.of(r.ndcg(), r.precision(), r.recall(), r.map(), r.hitRate(), r.coverage()))
          .allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    InteractionLog log = PlantedShop.log(500, 300, 4, 20_000, 0.7, 5);
    Split split = new UserRandomSplit(0.25, 3);
    List<Trainer> trainers = List.of(new CoOccurrenceTrainer());
    EvaluationReport one =
        new Evaluator(EvaluationOptions.defaults().withThreads(1)).evaluate(log, split, trainers);
    EvaluationReport four =
        new Evaluator(EvaluationOptions.defaults().withThreads(4)).evaluate(log, split, trainers);

    for (int a = 0; a < one.algorithms().size(); a++) {
      Map<String, Object> x = one.algorithms().get(a).toMap();
      Map<String, Object> y = four.algorithms().get(a).toMap();
      x.keySet().removeIf(key -> key.endsWith("_seconds"));
      y.keySet().removeIf(key -> key.endsWith("_seconds"));
      assertThat(x).isEqualTo(y);
    }
  }

  @Test
  void aGivenPopularTrainerReplacesTheBaselineAndDuplicateNamesAreRejected() {
    List<Trainer> all =
        Evaluator.withBaseline(
            List.of(new RandomTrainer(), Algorithms.trainer("popular", AlgorithmParams.DEFAULTS)));
    assertThat(all).extracting(Trainer::algorithm).containsExactly("random", "popular");

    assertThatThrownBy(
            () -> Evaluator.withBaseline(List.of(new RandomTrainer(), new RandomTrainer())))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("random is listed twice");
  }

  @Test
  void theReportSerialisesToTheDocumentedJsonShape() {
    EvaluationReport report =
        new Evaluator(EvaluationOptions.defaults().withK(2)).evaluate(tinyShop(), List.of());

    Map<String, Object> json = report.toMap();
    assertThat(json).containsOnlyKeys("k", "split", "algorithms").containsEntry("k", 2);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> algorithms =
        (Map<String, Map<String, Object>>) json.get("algorithms");
    assertThat(algorithms.get("popular"))
        .containsOnlyKeys(
            "ndcg",
            "precision",
            "recall",
            "map",
            "hit_rate",
            "coverage",
            "diversity",
            "novelty",
            "train_seconds",
            "recommend_seconds",
            "customers_unscored");
    assertThat(report.split().toMap())
        .containsEntry("customers_evaluated", 1)
        .containsEntry("skipped_cold_customers", 0)
        .containsEntry("test_items_unseen_in_training", 0);
    assertThat(report.toTable()).contains("popular").contains("1 customers evaluated");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aHundredThousandEventsEvaluateInSeconds() {
    InteractionLog log = PlantedShop.log(610, 9_000, 20, 100_000, 0.5, 11);
    long t0 = System.nanoTime();
    EvaluationReport report =
        new Evaluator(EvaluationOptions.defaults())
            .evaluate(
                log,
                new UserRandomSplit(0.25, 42),
                List.of(new CoOccurrenceTrainer(), new RandomTrainer()));
    double seconds = (System.nanoTime() - t0) / 1e9;

    assertThat(report.split().customersEvaluated()).isEqualTo(610);
    assertThat(seconds).as(report.toTable()).isLessThan(30);
  }
}
