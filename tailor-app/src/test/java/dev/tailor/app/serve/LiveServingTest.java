package dev.tailor.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.app.cli.CliContext;
import dev.tailor.app.cli.CliRun;
import dev.tailor.app.cli.TailorCli;
import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.store.Store;
import dev.tailor.testkit.FixedClock;
import dev.tailor.web.WebServer;
import dev.tailor.web.WebSettings;
import dev.tailor.web.auth.Passwords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real-time serving over HTTP on a running server (SQLite, model folder checked every second): a
 * snapshot trained while it runs is served within seconds with no failed request, tracked events
 * change the next answer, and tracked views lift a product in live trending counters, for the
 * model's answers and for a strategy's trending slot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveServingTest {
  private static final long WAIT_MILLIS = 20_000;

  Path dir;
  Map<String, String> env;
  Store store;
  WebServer server;
  Http http;
  String privateKey;

  @BeforeAll
  void startServerOnAShopWithAnAlsModel() throws IOException {
    dir = Files.createTempDirectory("tailor-live");
    Path shop = dir.resolve("shop");
    env =
        Map.of(
            "TAILOR_DB_URL",
            "jdbc:sqlite:" + dir.resolve("tailor.db"),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString(),
            "TAILOR_RECO_SERVING_MODEL_POLL_SECONDS",
            "1");
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "300", "--products", "120"));
    ok(CliRun.withEnv(env, "import", "--dir", shop.toString(), "--rejects", dir + "/r.csv"));
    ok(CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval"));
    CliRun key = ok(CliRun.withEnv(env, "admin", "key", "create", "--kind", "private", "--json"));
    privateKey = new ObjectMapper().readTree(key.out()).get("key").asText();
    Wiring wiring = new Wiring(new ConfigLoader(env).load(Optional.empty()));
    store = wiring.openStore();
    server =
        Server.start(
            wiring,
            store,
            WebSettings.defaults().withPort(0),
            Files.createDirectories(dir.resolve("strategies")),
            FixedClock.at(CliRun.NOW),
            new Passwords(1_000),
            env);
    http = new Http(server.port());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** {@code tailor train --algorithm A} with the clock {@code minutes} after the tests' now. */
  private void trainLater(String algorithm, int minutes) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    CliContext context =
        new CliContext(
            quiet, errors, env, FixedClock.at(CliRun.NOW.plusSeconds(60L * minutes)), false);
    int code = TailorCli.run(context, "train", "--algorithm", algorithm, "--no-eval");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  private JsonNode recommend(String customer, int n) {
    Http.Answer a = http.get("/v1/recommendations?customer=" + customer + "&n=" + n, privateKey);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<String> products(JsonNode answer) {
    List<String> out = new ArrayList<>();
    answer.get("slots").get(0).get("items").forEach(i -> out.add(i.get("product_id").asText()));
    return out;
  }

  /** Asks again until {@code done} holds, for at most {@link #WAIT_MILLIS}; the last answer. */
  private JsonNode until(String customer, int n, Predicate<JsonNode> done)
      throws InterruptedException {
    long end = System.currentTimeMillis() + WAIT_MILLIS;
    JsonNode a = recommend(customer, n);
    while (!done.test(a) && System.currentTimeMillis() < end) {
      Thread.sleep(100);
      a = recommend(customer, n);
    }
    return a;
  }

  @Test
  @Order(1)
  void aSnapshotTrainedWhileServingIsServedWithinSecondsAndNoRequestFails() throws Exception {
    assertThat(recommend("C0000001", 5).get("models").get(0).asText()).startsWith("als ");
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    Thread load =
        new Thread(
            () -> {
              int i = 0;
              while (running.get()) {
                String c = String.format("C%07d", 1 + i++ % 300);
                statuses.add(http.get("/v1/recommendations?customer=" + c, privateKey).status());
              }
            });
    load.start();
    try {
      trainLater("itemknn", 1);
      long trained = System.currentTimeMillis();
      JsonNode a = until("C0000002", 5, r -> r.get("models").get(0).asText().startsWith("itemknn"));
      assertThat(a.get("models").get(0).asText()).startsWith("itemknn ");
      assertThat(System.currentTimeMillis() - trained).isLessThan(WAIT_MILLIS);
    } finally {
      running.set(false);
      load.join();
    }
    assertThat(statuses).isNotEmpty().allMatch(s -> s == 200);
  }

  @Test
  @Order(2)
  void aTrackedPurchaseIsExcludedFromTheVeryNextAnswer() {
    String customer = "C0000003";
    List<String> before = products(recommend(customer, 5));
    assertThat(before).isNotEmpty();
    String bought = before.get(0);
    Http.Answer t =
        http.post(
            "/v1/track",
            privateKey,
            "{\"event\":\"order_completed\",\"customer_id\":\""
                + customer
                + "\",\"product_id\":\""
                + bought
                + "\",\"order_id\":\"live-1\",\"event_id\":\"live-purchase-1\"}");
    assertThat(t.status()).as(t.body()).isEqualTo(200);
    assertThat(products(recommend(customer, 5))).doesNotContain(bought);
  }

  @Test
  @Order(3)
  void viewsTrackedForANewCustomerSeedTheirNextAnswer() {
    String customer = "live-newcomer";
    List<String> cold = products(recommend(customer, 10));
    String viewed = products(recommend("C0000004", 10)).get(9);
    StringBuilder batch = new StringBuilder("{\"batch\":[");
    for (int i = 0; i < 3; i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"event\":\"product_added\",\"customer_id\":\"")
          .append(customer)
          .append("\",\"product_id\":\"")
          .append(viewed)
          .append("\",\"event_id\":\"live-view-")
          .append(i)
          .append("\"}");
    }
    Http.Answer t = http.post("/v1/track", privateKey, batch.append("]}").toString());
    assertThat(t.status()).as(t.body()).isEqualTo(200);
    assertThat(products(recommend(customer, 10))).isNotEqualTo(cold);
  }

  /** Tracks {@code count} views of {@code product}, one by each of as many new visitors. */
  private void surge(String product, String visitorPrefix, int count) {
    StringBuilder batch = new StringBuilder("{\"batch\":[");
    for (int i = 0; i < count; i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"event\":\"product_viewed\",\"customer_id\":\"")
          .append(visitorPrefix)
          .append(i)
          .append("\",\"product_id\":\"")
          .append(product)
          .append("\",\"event_id\":\"surge-")
          .append(visitorPrefix)
          .append(i)
          .append("\"}");
    }
    Http.Answer t = http.post("/v1/track", privateKey, batch.append("]}").toString());
    assertThat(t.status()).as(t.body()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void viewsTrackedAfterTrainingLiftAProductInLiveTrendingWithinSeconds() throws Exception {
    trainLater("trending", 2);
    String customer = "C0000005";
    JsonNode first =
        until(customer, 10, r -> r.get("models").get(0).asText().startsWith("trending"));
    assertThat(first.get("models").get(0).asText()).startsWith("trending ");
    List<String> before = products(first);
    List<String> deep = products(recommend(customer, 100));
    assertThat(deep).hasSizeGreaterThan(20);
    String product = deep.get(deep.size() - 1);
    assertThat(before).doesNotContain(product);
    surge(product, "fan-", 200);
    JsonNode after = until(customer, 10, r -> products(r).contains(product));
    assertThat(products(after)).contains(product);
  }

  private JsonNode decide(String customer) {
    Http.Answer a =
        http.get("/v1/recommendations?customer=" + customer + "&strategy=trend&n=6", privateKey);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  @Test
  @Order(5)
  void viewsTrackedAfterTrainingLiftAProductInAStrategysTrendingSlotWithinSeconds()
      throws Exception {
    Files.writeString(
        dir.resolve("strategies").resolve("trend.yaml"),
        """
        name: trend
        slots:
          trending:
            count: 6
            label: "Trending now"
            source:
              algorithm: trending
          bestsellers:
            count: 1
            label: "Our bestsellers"
            source:
              algorithm: popular
          more:
            count: 1
            label: "Also popular"
            source:
              algorithm: popular
        """);
    String customer = "C0000007";
    List<String> before = products(decide(customer));
    assertThat(before).hasSize(6);
    List<String> deep = products(recommend(customer, 100));
    String product = deep.get(deep.size() - 1);
    assertThat(before).doesNotContain(product);
    surge(product, "crowd-", 400);
    long end = System.currentTimeMillis() + WAIT_MILLIS;
    List<String> after = products(decide(customer));
    while (!after.contains(product) && System.currentTimeMillis() < end) {
      Thread.sleep(100);
      after = products(decide(customer));
    }
    assertThat(after).contains(product);
  }
}
