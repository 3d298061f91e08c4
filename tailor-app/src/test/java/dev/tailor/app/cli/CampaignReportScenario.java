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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * tailor campaign report on a campaign sent to an outbox, after a scripted set of opens, clicks and
 * orders is imported: the report shows exactly those numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CampaignReportScenario {
  private Path dir;
  private Map<String, String> env;
  private static final Path REPO =
      Path.of(System.getProperty("tailor.repo", "..")).toAbsolutePath();
  private static final Path EXAMPLE = REPO.resolve("examples/campaigns/weekly-picks.yaml");
  private static final String KEY = "weekly-report";
  private long holdoutRecipients;
  private long aiRecipients;
  private String url;
  private String boughtProduct;
  private String otherProduct;

  /** The JDBC URL of a fresh, empty database for this class. */
  abstract String databaseUrl(Path dir);

  @BeforeAll
  void sendACampaignAndScriptWhatRecipientsDid(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    Path shop = dir.resolve("shop");
    url = databaseUrl(dir);
    env = Map.of("TAILOR_DB_URL", url, "TAILOR_RECO_MODELS_DIR", dir.resolve("models").toString());
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "300", "--products", "120"));
    ok(
        CliRun.withEnv(
            env, "import", "--dir", shop.toString(), "--rejects", dir.resolve("r.csv").toString()));
    ok(CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval"));
    String text =
        Files.readString(EXAMPLE)
            .replace("key: weekly-picks", "key: " + KEY)
            .replace("../strategies/", REPO.resolve("examples/strategies") + "/")
            .replace("dir: tailor-data/outbox", "dir: " + dir.resolve("outbox"));
    Path file = dir.resolve(KEY + ".yaml");
    Files.writeString(file, text);
    ok(CliRun.withEnv(env, "campaign", "run", file.toString(), "--json"));

    List<Message> ai = new ArrayList<>();
    List<Message> best = new ArrayList<>();
    List<Message> held = new ArrayList<>();
    try (JdbiStore store = Stores.open(url)) {
      for (Message m :
          store
              .messages()
              .page(
                  KEY,
                  EnumSet.allOf(MessageState.class),
                  Instant.parse("9999-12-31T00:00:00Z"),
                  "",
                  100_000)) {
        (m.holdout() ? held : m.variant().equals("ai") ? ai : best).add(m);
      }
    }
    holdoutRecipients = held.size();
    aiRecipients = ai.size();
    Message a1 = ai.get(0);
    Message a2 = ai.get(1);
    Message b1 = best.get(0);
    Message h1 = held.get(0);
    Instant sent = a1.sentAt().orElseThrow();
    String bought = items(a1).get(0).productId();
    boughtProduct = bought;
    otherProduct =
        items(b1).stream()
            .map(DecisionItem::productId)
            .filter(p -> !p.equals(bought))
            .findFirst()
            .orElseThrow();
    List<DecisionItem> scanned = items(b1);
    Instant b1sent = b1.sentAt().orElseThrow();
    Instant hsent = h1.sendAt();
    List<String> rows = new ArrayList<>();
    rows.add(
        "event_id,timestamp,event,customer_id,product_id,quantity,price,order_id,campaign_id,message_id");
    // a1: a person opens an hour after delivery, clicks a recommended product and buys it
    rows.add(row("t1", sent.plus(Duration.ofHours(1)), "email_opened", a1, "", "", "", ""));
    rows.add(row("t2", sent.plus(Duration.ofMinutes(61)), "email_clicked", a1, bought, "", "", ""));
    rows.add(
        row(
            "t3",
            sent.plus(Duration.ofDays(1)),
            "order_completed",
            a1,
            bought,
            "1",
            "30.00",
            "O1"));
    // a2: an open one second after delivery (a prefetch), nothing else
    rows.add(
        row("t4", a2.sentAt().orElseThrow().plusSeconds(1), "email_opened", a2, "", "", "", ""));
    // b1: a link scanner follows three links within 200 ms, two hours later
    for (int i = 0; i < 3; i++) {
      Instant at = b1sent.plus(Duration.ofHours(2)).plusMillis(100L * i);
      rows.add(row("t5" + i, at, "email_clicked", b1, scanned.get(i).productId(), "", "", ""));
    }
    // h1: a holdout customer buys within the window
    rows.add(
        row(
            "t6",
            hsent.plus(Duration.ofDays(1)),
            "order_completed",
            h1,
            "x-1",
            "2",
            "20.00",
            "O2"));
    Path events = dir.resolve("script");
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

  @Test
  void theReportShowsExactlyWhatTheRecipientsDid() throws IOException {
    JsonNode r = json(CliRun.withEnv(env, "campaign", "report", KEY, "--json"));

    assertThat(r.get("campaign_id").asText()).isEqualTo(KEY);
    JsonNode ai = variant(r, "ai");
    assertThat(ai.get("recipients").asLong()).isEqualTo(aiRecipients);
    assertThat(ai.get("delivered").asLong()).isEqualTo(aiRecipients);
    JsonNode e = ai.get("engagement");
    assertThat(e.get("human_openers").asLong()).isEqualTo(1);
    assertThat(e.get("machine_only_openers").asLong()).isEqualTo(1);
    assertThat(e.get("human_clickers").asLong()).isEqualTo(1);
    assertThat(e.get("click_to_open").asDouble()).isEqualTo(1.0);
    JsonNode o = ai.get("outcomes");
    assertThat(o.get("attributed_orders").asLong()).isEqualTo(1);
    assertThat(o.get("attributed_revenue").decimalValue()).isEqualByComparingTo("30.00");
    assertThat(o.get("recommended_revenue").decimalValue()).isEqualByComparingTo("30.00");
    assertThat(o.get("converters").asLong()).isEqualTo(1);
    assertThat(o.get("revenue_per_email").asDouble()).isCloseTo(30.0 / aiRecipients, within(1e-9));

    JsonNode best = variant(r, "bestsellers");
    assertThat(best.get("engagement").get("machine_clicks").asLong()).isEqualTo(3);
    assertThat(best.get("engagement").get("human_clickers").asLong()).isZero();
    assertThat(best.get("outcomes").get("attributed_orders").asLong()).isZero();

    JsonNode h = r.get("holdout");
    assertThat(h.get("recipients").asLong()).isEqualTo(holdoutRecipients);
    assertThat(h.get("delivered").asLong()).isZero();
    assertThat(h.get("outcomes").get("converters").asLong()).isEqualTo(1);
    assertThat(h.get("outcomes").get("revenue_per_email").asDouble())
        .isCloseTo(40.0 / holdoutRecipients, within(1e-9));
    assertThat(r.get("against_holdout")).hasSize(2);
    assertThat(r.get("winner").get("metric").asText()).isEqualTo("CONVERSIONS");
    assertThat(r.get("winner").get("reason").asText()).startsWith("not enough data");
    assertThat(r.get("review").get("slots").size()).isPositive();
  }

  @Test
  void theTextReportAndItsErrors() {
    CliRun text = CliRun.withEnv(env, "campaign", "report", KEY, "--metric", "revenue");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("Campaign " + KEY, "ai vs holdout", "Winner on revenue: none");
    CliRun opens = CliRun.withEnv(env, "campaign", "report", KEY, "--metric", "opens");
    assertThat(opens.exitCode()).isEqualTo(2);
    assertThat(opens.err()).contains("--metric must be clicks, conversions or revenue");
    CliRun missing = CliRun.withEnv(env, "campaign", "report", "nope");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no campaign nope");
  }

  @Test
  void alertsNameOutOfStockAndBlockedProductsAndReachTheWebhook() throws Exception {
    String title;
    try (JdbiStore store = Stores.open(url)) {
      title = store.products().findById(otherProduct).orElseThrow().title().orElseThrow();
    }
    String[] words = title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    String term = words[words.length - 1];
    Path catalog = dir.resolve("restock");
    Files.createDirectories(catalog);
    Files.write(
        catalog.resolve("products.csv"),
        List.of("product_id,title,inventory", boughtProduct + ",Sold out item,0"));
    ok(
        CliRun.withEnv(
            env,
            "import",
            "--dir",
            catalog.toString(),
            "--rejects",
            dir.resolve("r3.csv").toString()));

    List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        ex -> {
          bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    server.start();
    JsonNode r;
    try {
      r =
          json(
              CliRun.withEnv(
                  env,
                  "campaign",
                  "alerts",
                  KEY,
                  "--blocked-terms",
                  term,
                  "--webhook",
                  "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
                  "--json"));
    } finally {
      server.stop(0);
    }

    List<String> codes = r.get("alerts").findValuesAsText("code");
    // one send day is no baseline yet: only the catalog checks speak
    assertThat(codes).containsExactly("out-of-stock-recommended", "blocked-term-recommended");
    assertThat(r.get("alerts").get(0).get("message").asText()).contains(boughtProduct);
    assertThat(r.get("alerts").get(1).get("message").asText()).contains("('" + term + "')");
    assertThat(bodies).hasSize(2);
    assertThat(new ObjectMapper().readTree(bodies.get(1)).get("severity").asText())
        .isEqualTo("critical");

    CliRun noHook = CliRun.withEnv(env, "campaign", "alerts", KEY, "--webhook-secret-env", "X");
    assertThat(noHook.exitCode()).isEqualTo(2);
    assertThat(noHook.err()).contains("--webhook-secret-env needs --webhook");
  }

  private JsonNode variant(JsonNode report, String name) {
    for (JsonNode v : report.get("variants")) {
      if (v.get("variant").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no variant " + name + " in " + report);
  }

  private static List<DecisionItem> items(Message m) {
    return DecisionJson.read(m.decision().orElseThrow()).items();
  }

  private static String row(
      String id,
      Instant at,
      String type,
      Message m,
      String product,
      String qty,
      String price,
      String order) {
    return String.join(
        ",",
        id,
        at.toString(),
        type,
        m.customerId(),
        product,
        qty,
        price,
        order,
        m.campaignId(),
        type.startsWith("email_") ? m.id() : "");
  }

  private static void ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private JsonNode json(CliRun run) throws IOException {
    ok(run);
    return new ObjectMapper().readTree(run.out());
  }
}
