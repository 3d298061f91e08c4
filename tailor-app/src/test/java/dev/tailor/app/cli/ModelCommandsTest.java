package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, recommend, evaluate and tune through the command line, on a small generated shop. */
class ModelCommandsTest {
  @TempDir static Path dir;
  private static Map<String, String> env;
  private static Path shop;

  @BeforeAll
  static void importASmallShop() {
    shop = dir.resolve("shop");
    env =
        Map.of(
            "TAILOR_DB_URL",
            "jdbc:sqlite:" + dir.resolve("t.db"),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    CliRun gen =
        CliRun.of("generate", "--out", shop.toString(), "--customers", "400", "--products", "80");
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    CliRun imp =
        CliRun.withEnv(
            env, "import", "--dir", shop.toString(), "--rejects", dir.resolve("r.csv").toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void trainSavesAVersionedSnapshotWithItsWindowCountsHashesAndHoldoutMetrics() throws IOException {
    JsonNode r = json(CliRun.withEnv(env, "train", "--algorithm", "itemknn", "--json"));

    assertThat(Path.of(r.get("file").asText())).exists().startsWith(dir.resolve("models"));
    JsonNode h = r;
    assertThat(h.get("config_hash").asText()).hasSize(16);
    assertThat(h.get("data").get("customers").asInt()).isGreaterThan(100);
    assertThat(h.get("metrics").get("ndcg@10").asDouble()).isBetween(0.0, 1.0);
    assertThat(h.get("metrics").has("baseline_ndcg@10")).isTrue();
    assertThat(h.get("config").get("window").asText()).isEqualTo("90d");
  }

  @Test
  void recommendForOneCustomerLeavesOutWhatTheyBought() throws IOException {
    CliRun.withEnv(env, "train", "--algorithm", "itemknn", "--no-eval");
    Map<String, Set<String>> bought = purchases();
    String buyer = bought.keySet().stream().sorted().findFirst().orElseThrow();

    JsonNode r =
        json(
            CliRun.withEnv(
                env, "recommend", "--customer", buyer, "--algorithm", "itemknn", "--json"));

    assertThat(r.get("items")).hasSize(10);
    for (JsonNode item : r.get("items")) {
      assertThat(bought.get(buyer)).doesNotContain(item.get("product_id").asText());
    }
  }

  @Test
  void recommendAllWritesTenRowsForEveryCustomerOfTheStore() throws IOException {
    CliRun.withEnv(env, "train", "--algorithm", "itemknn", "--no-eval");
    Path out = dir.resolve("recs.csv");

    CliRun run = CliRun.withEnv(env, "recommend", "--all", "--n", "10", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("customer_id,rank,product_id,score");
    Map<String, Integer> perCustomer = new HashMap<>();
    Map<String, Set<String>> bought = purchases();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      perCustomer.merge(f[0], 1, Integer::sum);
      assertThat(bought.getOrDefault(f[0], Set.of())).doesNotContain(f[2]);
    }
    assertThat(perCustomer).hasSize(400);
    assertThat(perCustomer.values()).allMatch(n -> n == 10);
  }

  @Test
  void recommendAllFromAlsGoesThroughTheBatchKernelAndLeavesOutPurchases() throws IOException {
    CliRun train =
        CliRun.withEnv(
            env, "train", "--algorithm", "als", "--factors", "8", "--iterations", "3", "--no-eval");
    assertThat(train.exitCode()).as(train.err()).isZero();
    Path out = dir.resolve("als-recs.csv");

    CliRun run =
        CliRun.withEnv(
            env, "recommend", "--all", "--algorithm", "als", "--n", "10", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("purchases to exclude");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("customer_id,rank,product_id,score");
    Map<String, Integer> perCustomer = new HashMap<>();
    Map<String, Set<String>> bought = purchases();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      perCustomer.merge(f[0], 1, Integer::sum);
      assertThat(Integer.parseInt(f[1])).isEqualTo(perCustomer.get(f[0]));
      assertThat(Double.parseDouble(f[3])).isPositive();
      assertThat(bought.getOrDefault(f[0], Set.of())).doesNotContain(f[2]);
    }
    assertThat(perCustomer).hasSize(400);
    assertThat(perCustomer.values()).allMatch(n -> n == 10);
  }

  @Test
  void recommendWithoutATrainedModelSaysWhatToDo() {
    CliRun run =
        CliRun.withEnv(
            Map.of(
                "TAILOR_DB_URL", env.get("TAILOR_DB_URL"),
                "TAILOR_RECO_MODELS_DIR", dir.resolve("none").toString()),
            "recommend",
            "--customer",
            "C0000001");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no trained model").contains("tailor train");
  }

  @Test
  void trainingOnAnEmptyStoreIsBadInputWithAReason() {
    CliRun run =
        CliRun.withEnv(
            Map.of("TAILOR_DB_URL", "jdbc:sqlite:" + dir.resolve("empty.db")),
            "train",
            "--algorithm",
            "popular");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no product interactions");
  }

  @Test
  void evaluateReportsEveryMetricPerAlgorithmWithThePopularityBaseline() throws IOException {
    JsonNode r =
        json(
            CliRun.of(
                "evaluate",
                "--dir",
                shop.toString(),
                "--algorithms",
                "itemknn,content",
                "--split",
                "temporal:0.2",
                "--k",
                "5",
                "--json"));

    assertThat(r.get("k").asInt()).isEqualTo(5);
    JsonNode algos = r.get("algorithms");
    assertThat(algos.has("popular")).isTrue();
    assertThat(algos.has("itemknn")).isTrue();
    for (String metric :
        List.of(
            "ndcg",
            "precision",
            "recall",
            "map",
            "hit_rate",
            "coverage",
            "diversity",
            "novelty",
            "train_seconds",
            "recommend_seconds")) {
      assertThat(algos.get("itemknn").has(metric)).as(metric).isTrue();
    }
    assertThat(algos.get("itemknn").get("ndcg").asDouble())
        .isGreaterThan(algos.get("popular").get("ndcg").asDouble());
  }

  @Test
  void aBadSplitIsBadInput() {
    CliRun run = CliRun.of("evaluate", "--dir", shop.toString(), "--split", "random:2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("random:2");
  }

  @Test
  void tuneReportsTheBestSettingOfItsTrials() throws IOException {
    JsonNode r =
        json(
            CliRun.of(
                "tune",
                "--dir",
                shop.toString(),
                "--algorithm",
                "itemknn",
                "--budget",
                "3",
                "--json"));

    assertThat(r.toString()).contains("best");
    assertThat(r.get("trials")).hasSize(3);
  }

  private static Map<String, Set<String>> purchases() throws IOException {
    Map<String, Set<String>> bought = new HashMap<>();
    for (String line : Files.readAllLines(shop.resolve("events.csv"))) {
      String[] f = line.split(",", -1);
      if (f.length > 4 && f[1].equals("order_completed")) {
        bought.computeIfAbsent(f[2], k -> new HashSet<>()).add(f[4]);
      }
    }
    return bought;
  }
}
