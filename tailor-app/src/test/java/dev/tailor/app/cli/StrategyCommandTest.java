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

/** recommend --strategy through the command line, on a small generated shop. */
class StrategyCommandTest {
  @TempDir static Path dir;
  private static Map<String, String> env;
  private static Path shop;
  private static final Path EXAMPLE =
      Path.of(System.getProperty("tailor.repo", ".."))
          .resolve("examples/strategies/fashion-5-slot.yaml");

  @BeforeAll
  static void importASmallShopAndTrainAls() {
    shop = dir.resolve("shop");
    env =
        Map.of(
            "TAILOR_DB_URL",
            "jdbc:sqlite:" + dir.resolve("t.db"),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    CliRun gen =
        CliRun.of("generate", "--out", shop.toString(), "--customers", "300", "--products", "120");
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    CliRun imp =
        CliRun.withEnv(
            env, "import", "--dir", shop.toString(), "--rejects", dir.resolve("r.csv").toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    CliRun train = CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval");
    assertThat(train.exitCode()).as(train.err()).isZero();
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void oneCustomersDecisionHasFiveSlotsWithoutDuplicatesOrRepurchases() throws IOException {
    Map<String, Set<String>> bought = purchases();
    String buyer = bought.keySet().stream().sorted().findFirst().orElseThrow();

    CliRun run =
        CliRun.withEnv(
            env, "recommend", "--customer", buyer, "--strategy", EXAMPLE.toString(), "--json");
    JsonNode d = json(run);

    assertThat(d.get("strategy").asText()).isEqualTo("fashion-5-slot");
    assertThat(d.get("slots")).hasSize(5);
    Set<String> seen = new HashSet<>();
    for (JsonNode slot : d.get("slots")) {
      for (JsonNode item : slot.get("items")) {
        String p = item.get("product_id").asText();
        assertThat(seen.add(p)).as("duplicate " + p).isTrue();
        assertThat(bought.get(buyer)).doesNotContain(p);
        assertThat(item.get("propensity").asDouble()).isBetween(0.0, 1.0);
        assertThat(item.get("algorithm").asText()).isNotBlank();
        assertThat(item.get("explanation").asText()).isNotBlank();
      }
      assertThat(
              slot.get("items").size() == slot.get("requested").asInt()
                  || slot.get("shortfall").isTextual())
          .isTrue();
    }
    assertThat(run.err()).contains("training one now");
  }

  @Test
  void theTextDecisionShowsEachSlotWithItsLabel() {
    CliRun run =
        CliRun.withEnv(env, "recommend", "--customer", "nobody", "--strategy", EXAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Decision for nobody by strategy fashion-5-slot", "picked_for_you", "fallback:");
  }

  @Test
  void everyonesDecisionsAreWrittenOnePerLine() throws IOException {
    Path out = dir.resolve("decisions.jsonl");
    CliRun run =
        CliRun.withEnv(
            env, "recommend", "--all", "--strategy", EXAMPLE.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(300);
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(lines.get(0)).get("slots")).hasSize(5);
    assertThat(run.out()).contains("300 decisions");
  }

  @Test
  void theArmsExampleFillsEachChoosingSlotFromOneArmAndLogsItsProbability() throws IOException {
    Path arms = EXAMPLE.resolveSibling("explore-arms.yaml");
    Path out = dir.resolve("arms.jsonl");
    CliRun run =
        CliRun.withEnv(
            env, "recommend", "--all", "--strategy", arms.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    ObjectMapper m = new ObjectMapper();
    Map<String, Integer> chosen = new HashMap<>();
    for (String line : Files.readAllLines(out)) {
      for (JsonNode slot : m.readTree(line).get("slots")) {
        Set<String> algorithms = new HashSet<>();
        for (JsonNode item : slot.get("items")) {
          double p = item.get("propensity").asDouble();
          if (slot.get("slot").asText().equals("bestsellers")) {
            // epsilon-greedy over two arms at rate 0.1: 0.95 for the favoured arm, 0.05 else
            assertThat(p).isIn(1 - 0.1 + 0.1 / 2, 0.1 / 2);
          } else if (slot.get("slot").asText().equals("picked_for_you")) {
            // Thompson over four arms without any sends: about a quarter each, never 0
            assertThat(p).isBetween(0.15, 0.35);
          }
          if (item.get("fallback").isNull()) {
            algorithms.add(item.get("algorithm").asText());
          }
        }
        assertThat(algorithms).as("one arm per slot").hasSizeLessThanOrEqualTo(1);
        if (slot.get("slot").asText().equals("picked_for_you")) {
          algorithms.forEach(a -> chosen.merge(a, 1, Integer::sum));
        }
      }
    }
    assertThat(chosen.keySet()).containsExactlyInAnyOrder("als", "itemknn", "trending", "popular");
    assertThat(chosen.get("als")).isBetween(40, 110);
  }

  @Test
  void anUnknownAlgorithmInAnArmIsRefusedWithFileLineAndKey() throws IOException {
    Path bad = dir.resolve("bad-arms.yaml");
    Files.writeString(
        bad,
        Files.readString(EXAMPLE.resolveSibling("explore-arms.yaml"))
            .replace("        - als\n", "        - magic\n"));
    CliRun run = CliRun.withEnv(env, "recommend", "--customer", "x", "--strategy", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(bad + ":29: slots.picked_for_you.source.arms[0]: unknown algorithm 'magic'");
  }

  @Test
  void aDryRunPrintsFillRatesPerSlotAndReason() throws IOException {
    JsonNode r =
        json(
            CliRun.withEnv(
                env,
                "recommend",
                "--all",
                "--strategy",
                EXAMPLE.toString(),
                "--dry-run",
                "--json"));
    assertThat(r.get("decisions").asInt()).isEqualTo(300);
    assertThat(r.get("slots").get("similar").get("fill_rate").asDouble()).isBetween(0.0, 1.0);
    assertThat(r.get("slots").fieldNames()).toIterable().hasSize(5);
  }

  @Test
  void aBadStrategyIsRefusedBeforeAnythingRunsWithFileLineAndKey() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(EXAMPLE).replace("algorithm: als", "algorithm: magic"));
    CliRun run = CliRun.withEnv(env, "recommend", "--customer", "x", "--strategy", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(bad + ":")
        .contains("slots.picked_for_you.source.algorithm: unknown algorithm 'magic'");
  }

  @Test
  void aMissingExpensiveModelIsNamedWithTheCommandThatTrainsIt() {
    Map<String, String> fresh = new HashMap<>(env);
    fresh.put("TAILOR_RECO_MODELS_DIR", dir.resolve("empty-models").toString());
    CliRun run =
        CliRun.withEnv(fresh, "recommend", "--customer", "x", "--strategy", EXAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("tailor train --algorithm als");
  }

  private static Map<String, Set<String>> purchases() throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(shop.resolve("events.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int type = header.indexOf("event");
    int customer = header.indexOf("customer_id");
    int product = header.indexOf("product_id");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[type].equals("order_completed") && !f[customer].isEmpty()) {
        out.computeIfAbsent(f[customer], k -> new HashSet<>()).add(f[product]);
      }
    }
    return out;
  }
}
