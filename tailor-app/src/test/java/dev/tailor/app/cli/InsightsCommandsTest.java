package dev.tailor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.campaign.pipeline.DecisionJson;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.store.JdbiStore;
import dev.tailor.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * tailor evaluate --off-policy and tailor report roi on a campaign sent to an outbox (SQLite here,
 * PostgreSQL in {@link PostgresInsightsCommandsIT}), with a holdout, one human click followed by a
 * 30.00 order, and a scanner's click. Re-deciding the sends with the strategy that made them gives
 * every one of its shows the weight 1, so its IPS estimate is the observed clicks over the shows;
 * the ROI report credits exactly the one order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsCommandsTest {
  private static final Path REPO =
      Path.of(System.getProperty("tailor.repo", "..")).toAbsolutePath();
  private static final String KEY = "weekly-offpolicy";
  private static final Path AI_STRATEGY = REPO.resolve("examples/strategies/fashion-5-slot.yaml");
  private Map<String, String> env;
  private long shows;
  private long aiShows;
  private long messages;
  private long sent;
  private Path dir;

  @BeforeAll
  void sendACampaignAndClickOnce(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    Path shop = dir.resolve("shop");
    String url = storeUrl(dir);
    env = Map.of("TAILOR_DB_URL", url, "TAILOR_RECO_MODELS_DIR", dir.resolve("models").toString());
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "200", "--products", "80"));
    ok(
        CliRun.withEnv(
            env, "import", "--dir", shop.toString(), "--rejects", dir.resolve("r.csv").toString()));
    // every model the strategy uses is a stored snapshot, so the clicks imported later do not
    // change what re-deciding sees
    for (String a : List.of("als", "itemknn", "trending", "copurchase", "popular")) {
      ok(CliRun.withEnv(env, "train", "--algorithm", a, "--no-eval"));
    }
    String text =
        Files.readString(REPO.resolve("examples/campaigns/weekly-picks.yaml"))
            .replace("key: weekly-picks", "key: " + KEY)
            .replace("../strategies/", REPO.resolve("examples/strategies") + "/")
            .replace("dir: tailor-data/outbox", "dir: " + dir.resolve("outbox"));
    Path file = dir.resolve(KEY + ".yaml");
    Files.writeString(file, text);
    ok(CliRun.withEnv(env, "campaign", "run", file.toString(), "--json"));

    List<Message> ai = new ArrayList<>();
    try (JdbiStore store = Stores.open(url)) {
      for (Message m :
          store
              .messages()
              .page(
                  KEY,
                  EnumSet.of(MessageState.SENT),
                  Instant.parse("9999-12-31T00:00:00Z"),
                  "",
                  100_000)) {
        sent++;
        if (m.decision().isEmpty()) {
          continue;
        }
        messages++;
        long distinct = distinct(m).size();
        shows += distinct;
        if (m.variant().equals("ai")) {
          ai.add(m);
          aiShows += ranked(m);
        }
      }
    }
    Message clicked = ai.get(0);
    Message scanned = ai.get(1);
    Instant at = clicked.sentAt().orElseThrow();
    List<String> rows = new ArrayList<>();
    rows.add(
        "event_id,timestamp,event,customer_id,product_id,campaign_id,message_id,order_id,price,"
            + "quantity");
    rows.add(row("c1", at.plus(Duration.ofHours(1)), clicked, first(clicked)) + ",,,");
    rows.add(
        row("c2", scanned.sentAt().orElseThrow().plusSeconds(3), scanned, first(scanned)) + ",,,");
    rows.add(
        String.join(
            ",",
            "o1",
            at.plus(Duration.ofDays(1)).toString(),
            "order_completed",
            clicked.customerId(),
            first(clicked),
            "",
            "",
            "O1",
            "30.00",
            "1"));
    Path events = dir.resolve("clicks");
    Files.createDirectories(events);
    Files.write(events.resolve("events.csv"), rows);
    ok(
        CliRun.withEnv(
            env,
            "import",
            "--dir",
            events.toString(),
            "--rejects",
            dir.resolve("r2.csv").toString()));
  }

  /** The store the commands use. */
  String storeUrl(Path folder) {
    return "jdbc:sqlite:" + folder.resolve("t.db");
  }

  @AfterAll
  void cleanUp() {}

  @Test
  void theStrategyThatMadeTheSendsIsEstimatedAtItsObservedClickRate() throws IOException {
    CliRun run =
        CliRun.withEnv(
            env,
            "evaluate",
            "--off-policy",
            "--strategy",
            AI_STRATEGY.toString(),
            "--campaign",
            KEY,
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode e = new ObjectMapper().readTree(run.out()).get("estimate");

    assertThat(e.get("messages").asLong()).isEqualTo(messages);
    assertThat(e.get("shows").asLong()).isEqualTo(shows);
    assertThat(e.get("clicks").asLong()).isEqualTo(1); // the scanner's click is left out
    // the ai variant's ranked (not exploring) shows come back in every draw
    assertThat(e.get("matched").asLong()).isGreaterThanOrEqualTo(aiShows);
    assertThat(e.get("ips").asDouble()).isCloseTo(1.0 / shows, within(1e-12));
    assertThat(e.get("snips").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(1.0 / aiShows);
    assertThat(e.get("logged_rate").asDouble()).isCloseTo(1.0 / shows, within(1e-12));
    assertThat(e.get("ips_interval").get("low").asDouble()).isZero();
    assertThat(e.get("warnings").findValuesAsText("code")).doesNotContain("deterministic-logging");
  }

  @Test
  void modelsTrainedAfterTheSendsAreNamedAsAPossibleLeak() throws IOException {
    CliRun fair =
        CliRun.withEnv(env, "evaluate", "--off-policy", "--strategy", AI_STRATEGY.toString());
    assertThat(fair.exitCode()).as(fair.err()).isZero();
    assertThat(fair.err()).doesNotContain("current models were trained on");
    // a copy of the snapshots where popular is retrained on the clicks imported after the sends
    Path models = dir.resolve("models");
    Path later = dir.resolve("models-later");
    try (Stream<Path> files = Files.walk(models)) {
      for (Path f : files.toList()) {
        Files.copy(f, later.resolve(models.relativize(f).toString()));
      }
    }
    Map<String, String> laterEnv = new HashMap<>(env);
    laterEnv.put("TAILOR_RECO_MODELS_DIR", later.toString());
    ok(CliRun.withEnv(laterEnv, "train", "--algorithm", "popular", "--no-eval"));
    CliRun leaky =
        CliRun.withEnv(laterEnv, "evaluate", "--off-policy", "--strategy", AI_STRATEGY.toString());
    assertThat(leaky.exitCode()).as(leaky.err()).isZero();
    assertThat(leaky.err())
        .contains(
            messages + " of " + messages + " sends were decided before",
            "the newest event the current models were trained on");
  }

  @Test
  void theTableNamesBothEstimatesAndBadOptionsAreRefused() {
    CliRun text =
        CliRun.withEnv(env, "evaluate", "--off-policy", "--strategy", AI_STRATEGY.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("logged policy (observed)", "new strategy, IPS", "new strategy, SNIPS")
        .contains("effective sample size");
    CliRun noStrategy = CliRun.withEnv(env, "evaluate", "--off-policy");
    assertThat(noStrategy.exitCode()).isEqualTo(2);
    assertThat(noStrategy.err()).contains("--off-policy needs --strategy F");
    CliRun nothing = CliRun.withEnv(env, "evaluate");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("give --dir DIR");
    CliRun badFloor =
        CliRun.withEnv(
            env,
            "evaluate",
            "--off-policy",
            "--strategy",
            AI_STRATEGY.toString(),
            "--min-propensity",
            "0");
    assertThat(badFloor.exitCode()).isEqualTo(2);
    assertThat(badFloor.err()).contains("min propensity");
    CliRun noDraws =
        CliRun.withEnv(
            env, "evaluate", "--off-policy", "--strategy", AI_STRATEGY.toString(), "--draws", "0");
    assertThat(noDraws.exitCode()).isEqualTo(2);
    assertThat(noDraws.err()).contains("--draws must be between 1 and 1000");
  }

  @Test
  void theRoiReportCreditsTheOneOrderAgainstTheHoldout() throws IOException {
    CliRun run = CliRun.withEnv(env, "report", "roi", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertThat(r.get("by").asText()).isEqualTo("campaign");
    assertThat(r.get("rows")).hasSize(1);
    JsonNode c = r.get("rows").get(0);
    assertThat(c.get("key").asText()).isEqualTo(KEY);
    assertThat(c.get("emails_built").asLong()).isEqualTo(sent);
    assertThat(c.get("delivered").asLong()).isEqualTo(sent);
    assertThat(c.get("attributed_orders").asLong()).isEqualTo(1);
    assertThat(c.get("attributed_revenue").decimalValue()).isEqualByComparingTo("30.00");
    assertThat(c.get("campaigns_with_holdout").asLong()).isEqualTo(1);
    // the holdout ordered nothing after the send: 30 over the holdout; one order among N
    // recipients has a standard error of N * sqrt(900 / N / N) = 30
    assertThat(c.get("incremental_revenue").asDouble()).isCloseTo(30, within(1e-9));
    assertThat(c.get("incremental_interval").get("low").asDouble())
        .isCloseTo(30 - 1.959963984540054 * 30, within(1e-6));

    JsonNode weeks =
        new ObjectMapper().readTree(ok2(env, "report", "roi", "--by", "week", "--json"));
    assertThat(weeks.get("rows").get(0).get("key").asText()).isEqualTo("2026-11-23");
    JsonNode later =
        new ObjectMapper().readTree(ok2(env, "report", "roi", "--from", "2026-11-27", "--json"));
    assertThat(later.get("rows")).isEmpty();
    assertThat(later.get("total").get("campaigns").asLong()).isZero();
  }

  @Test
  void theRoiReportExportsCsvAndRefusesBadOptions() throws IOException {
    Path file = dir.resolve("roi.csv");
    ok2(env, "report", "roi", "--by", "week", "--csv", file.toString());
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("week,label,campaigns,emails_built,");
    assertThat(lines.get(1)).startsWith("2026-11-23,2026-11-23,1," + sent + ",");
    assertThat(lines.get(2)).startsWith("total,total,1," + sent + ",");
    CliRun text = CliRun.withEnv(env, "report", "roi");
    assertThat(text.out()).contains("ROI by campaign (1 campaigns)", KEY, "30.00");
    CliRun month = CliRun.withEnv(env, "report", "roi", "--by", "month");
    assertThat(month.exitCode()).isEqualTo(2);
    assertThat(month.err()).contains("--by must be campaign or week");
    CliRun day = CliRun.withEnv(env, "report", "roi", "--from", "yesterday");
    assertThat(day.exitCode()).isEqualTo(2);
    assertThat(day.err()).contains("--from must be a day like");
  }

  private static String ok2(Map<String, String> env, String... args) {
    CliRun run = CliRun.withEnv(env, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  /** Distinct items of the message outside the strategy's exploring slot ({@code discover}). */
  private static long ranked(Message m) {
    Set<String> seen = new HashSet<>();
    long n = 0;
    for (var slot : DecisionJson.read(m.decision().orElseThrow()).slots()) {
      for (DecisionItem i : slot.items()) {
        if (seen.add(i.productId()) && !slot.slot().equals("discover")) {
          n++;
        }
      }
    }
    return n;
  }

  private static Set<String> distinct(Message m) {
    Set<String> s = new HashSet<>();
    for (DecisionItem i : DecisionJson.read(m.decision().orElseThrow()).items()) {
      s.add(i.productId());
    }
    return s;
  }

  private static String first(Message m) {
    return DecisionJson.read(m.decision().orElseThrow()).items().get(0).productId();
  }

  private static String row(String id, Instant at, Message m, String product) {
    return String.join(
        ",", id, at.toString(), "email_clicked", m.customerId(), product, m.campaignId(), m.id());
  }

  private static void ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
