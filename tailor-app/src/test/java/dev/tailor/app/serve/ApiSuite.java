package dev.tailor.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.app.cli.CliRun;
import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.testkit.FixedClock;
import dev.tailor.web.WebServer;
import dev.tailor.web.WebSettings;
import dev.tailor.web.auth.Passwords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP API on a real server (port 0) over a small generated shop with a trained ALS model. Run
 * on SQLite ({@link SqliteApiTest}) and PostgreSQL ({@link PostgresApiIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiSuite {
  static final long MAX_BODY = 64 * 1024;
  private static final Path EXAMPLE =
      Path.of(System.getProperty("tailor.repo", ".."))
          .resolve("examples/strategies/fashion-5-slot.yaml");

  Path dir;
  Store store;
  WebServer server;
  Http http;
  String publicKey;
  String privateKey;
  Map<String, String> campaignEnv;

  /** The store URL to test on (created empty). */
  abstract String storeUrl(Path dir);

  void cleanUp() {}

  @BeforeAll
  void startServerOnAShopWithAModel() throws IOException {
    dir = Files.createTempDirectory("tailor-api");
    Path shop = dir.resolve("shop");
    Map<String, String> env =
        Map.of(
            "TAILOR_DB_URL",
            storeUrl(dir),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "300", "--products", "120"));
    ok(CliRun.withEnv(env, "import", "--dir", shop.toString(), "--rejects", dir + "/r.csv"));
    ok(CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval"));
    publicKey = key(env, "public");
    privateKey = key(env, "private");
    Path strategies = Files.createDirectories(dir.resolve("strategies"));
    Files.copy(EXAMPLE, strategies.resolve("fashion.yaml"));
    campaignEnv = env;
    Files.writeString(
        Files.createDirectories(dir.resolve("campaigns")).resolve("spring.yaml"),
        "key: spring\nholdout:\n  share: 0.2\nvariants:\n  - name: a\n    weight: 1\n"
            + "    strategy: ../strategies/fashion.yaml\n    template: weekly-picks\n"
            + "delivery:\n  channel: outbox\n  dir: "
            + dir.resolve("outbox")
            + "\n");
    Wiring wiring = new Wiring(new ConfigLoader(env).load(Optional.empty()));
    store = wiring.openStore();
    server =
        Server.start(
            wiring,
            store,
            WebSettings.defaults().withPort(0).withMaxBodyBytes(MAX_BODY),
            strategies,
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
    cleanUp();
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private static String key(Map<String, String> env, String kind) throws IOException {
    CliRun run = ok(CliRun.withEnv(env, "admin", "key", "create", "--kind", kind, "--json"));
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(run.out())
        .get("key")
        .asText();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertProblem(Http.Answer a, int status, String code) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.get("code").asText()).isEqualTo(code);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void healthSaysTheStoreAnswers() {
    Http.Answer a = http.get("/health", null);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ok");
    assertThat(a.json().get("store").asText()).isEqualTo("ok");
  }

  @Test
  void writingWithoutAKeyIsUnauthorized() {
    long before = store.events().count();
    assertProblem(
        http.post("/v1/track", null, "{\"event\":\"product_viewed\"}"), 401, "unauthorized");
    assertProblem(
        http.post("/v1/track", "tk_pub_notakey", "{\"event\":\"product_viewed\"}"),
        401,
        "unauthorized");
    assertThat(store.events().count()).isEqualTo(before);
  }

  @Test
  void aPublicKeyMayTrackButNothingElse() {
    assertProblem(
        http.put("/v1/products", publicKey, "{\"product_id\":\"X1\"}"),
        403,
        "private_key_required");
    assertProblem(
        http.get("/v1/recommendations?customer=C0000001", publicKey), 403, "private_key_required");
    assertProblem(
        http.post("/v1/identify", publicKey, "{\"customer_id\":\"c\"}"),
        403,
        "private_key_required");
    assertThat(store.products().findById("X1")).isEmpty();
  }

  @Test
  void oneEventIsStoredOnceWhateverTheRetries() {
    String id = "ev-" + unique();
    String body =
        "{\"event\":\"product_viewed\",\"customer_id\":\"C0000001\",\"product_id\":\"P000001\","
            + "\"timestamp\":\"2026-11-25T10:00:00Z\",\"event_id\":\""
            + id
            + "\"}";
    long before = store.events().count();
    Http.Answer first = http.post("/v1/track", publicKey, body);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("stored").asInt()).isEqualTo(1);
    Http.Answer again = http.post("/v1/track", privateKey, body);
    assertThat(again.json().get("stored").asInt()).isZero();
    assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
    assertThat(store.events().count()).isEqualTo(before + 1);
  }

  @Test
  void aBatchInSegmentsSpellingIsStored() {
    String anon = "anon-" + unique();
    String body =
        "{\"batch\":["
            + "{\"type\":\"track\",\"event\":\"Product Viewed\",\"anonymousId\":\""
            + anon
            + "\",\"properties\":{\"product_id\":\"P000002\",\"price\":19.5},"
            + "\"messageId\":\"m-"
            + anon
            + "-1\",\"timestamp\":\"2026-11-25T11:00:00Z\"},"
            + "{\"event\":\"Order Completed\",\"userId\":\"C0000002\",\"properties\":"
            + "{\"product_id\":\"P000003\",\"order_id\":\"O-"
            + anon
            + "\",\"quantity\":2}}]}";
    long before = store.events().count();
    Http.Answer a = http.post("/v1/track", publicKey, body);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("received").asInt()).isEqualTo(2);
    assertThat(a.json().get("stored").asInt()).isEqualTo(2);
    assertThat(store.events().count()).isEqualTo(before + 2);
    List<Event> bought = store.events().recentForCustomer("C0000002", 1_000);
    assertThat(bought)
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ORDER_COMPLETED);
              assertThat(e.orderId()).contains("O-" + anon);
              assertThat(e.quantity()).isEqualTo(2);
            });
  }

  @Test
  void oneBadEventRejectsTheBatchNamingTheItemAndFieldAndStoresNothing() {
    long before = store.events().count();
    String body =
        "{\"batch\":[{\"event\":\"product_viewed\",\"customer_id\":\"C0000003\"},"
            + "{\"event\":\"product_viewed\",\"customer_id\":\"C0000003\",\"price\":\"-3\"},"
            + "{\"event\":\"teleported\",\"customer_id\":\"C0000003\"}]}";
    Http.Answer a = http.post("/v1/track", publicKey, body);
    assertProblem(a, 400, "invalid_event");
    JsonNode errors = a.json().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo("price");
    assertThat(errors.get(1).get("index").asInt()).isEqualTo(2);
    assertThat(errors.get(1).get("field").asText()).isEqualTo("event");
    assertThat(a.json().get("detail").asText()).contains("batch[1].price");
    assertThat(store.events().count()).isEqualTo(before);
  }

  @Test
  void malformedJsonAndEmptyBodiesAreProblemsWithoutStackTraces() {
    assertProblem(http.post("/v1/track", publicKey, "{\"event\": "), 400, "malformed_json");
    assertProblem(http.post("/v1/track", publicKey, ""), 400, "empty_body");
    assertProblem(http.post("/v1/track", publicKey, "[1,2]"), 400, "invalid_event");
  }

  @Test
  void anOversizedBodyIsRefusedWith413() {
    String big =
        "{\"event\":\"product_viewed\",\"customer_id\":\"" + "x".repeat((int) MAX_BODY) + "\"}";
    assertProblem(http.post("/v1/track", publicKey, big), 413, "payload_too_large");
  }

  @Test
  void aBatchOverTheLimitIsRefusedWith413() {
    StringBuilder b = new StringBuilder("{\"batch\":[");
    for (int i = 0; i <= 1_000; i++) {
      b.append(i == 0 ? "" : ",").append("{}");
    }
    assertProblem(
        http.post("/v1/track", publicKey, b.append("]}").toString()), 413, "batch_too_large");
  }

  @Test
  void productsAreUpsertedAndABadOneNamesItsField() {
    String id = "NEW-" + unique();
    Http.Answer a =
        http.put(
            "/v1/products",
            privateKey,
            "{\"products\":[{\"product_id\":\""
                + id
                + "\",\"title\":\"<script>alert(1)</script>'; DROP TABLE products;--\","
                + "\"price\":12.5,\"tags\":[\"a\",\"b\"],\"colour\":\"red\"}]}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("upserted").asInt()).isEqualTo(1);
    var p = store.products().findById(id).orElseThrow();
    assertThat(p.title()).contains("<script>alert(1)</script>'; DROP TABLE products;--");
    assertThat(p.attributes()).containsEntry("colour", "red");
    assertThat(store.products().count()).isGreaterThan(100);

    Http.Answer bad =
        http.put(
            "/v1/products", privateKey, "[{\"product_id\":\"Z" + id + "\",\"price\":\"cheap\"}]");
    assertProblem(bad, 400, "invalid_product");
    assertThat(bad.json().get("field").asText()).isEqualTo("price");
    assertThat(store.products().findById("Z" + id)).isEmpty();
  }

  @Test
  void identifyLinksAnAnonymousVisitorsEvents() {
    String anon = "anon-" + unique();
    String customer = "CUST-" + unique();
    Http.Answer t =
        http.post(
            "/v1/track",
            publicKey,
            "{\"event\":\"product_viewed\",\"anonymous_id\":\""
                + anon
                + "\",\"product_id\":\"P000004\"}");
    assertThat(t.status()).as(t.body()).isEqualTo(200);
    Http.Answer a =
        http.post(
            "/v1/identify",
            privateKey,
            "{\"userId\":\""
                + customer
                + "\",\"anonymousId\":\""
                + anon
                + "\",\"traits\":{\"email\":\"ann@example.com\",\"first_name\":\"Ann\"}}");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("linked_anonymous_id").asBoolean()).isTrue();
    assertThat(store.customers().findById(customer).orElseThrow().firstName()).contains("Ann");
    assertThat(store.events().recentForCustomer(customer, 10))
        .anySatisfy(e -> assertThat(e.productId()).contains("P000004"));

    assertProblem(
        http.post("/v1/identify", privateKey, "{\"customer_id\":\"x\",\"email\":\"not-an-email\"}"),
        400,
        "invalid_field");
  }

  /** The product ids of an answer's first slot. */
  private static List<String> firstSlot(Http.Answer a) {
    List<String> ids = new ArrayList<>();
    a.json().get("slots").get(0).get("items").forEach(i -> ids.add(i.get("product_id").asText()));
    return ids;
  }

  @Test
  void recommendationsComeFromTheLatestModelAndExcludeWhatWasJustBought() {
    Http.Answer a = http.get("/v1/recommendations?customer=C0000010&n=5", privateKey);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode items = a.json().get("slots").get(0).get("items");
    assertThat(items).hasSize(5);
    assertThat(a.json().get("models").get(0).asText()).startsWith("als ");
    String top = items.get(0).get("product_id").asText();

    Http.Answer t =
        http.post(
            "/v1/track",
            publicKey,
            "{\"event\":\"order_completed\",\"customer_id\":\"C0000010\",\"product_id\":\""
                + top
                + "\",\"order_id\":\"O-"
                + unique()
                + "\"}");
    assertThat(t.json().get("stored").asInt()).isEqualTo(1);
    Http.Answer after = http.get("/v1/recommendations?customer=C0000010&n=5", privateKey);
    assertThat(firstSlot(after)).hasSize(5).doesNotContain(top);
  }

  @Test
  void aVisitorsPurchaseCountsForTheCustomerTheMomentIdentifyLinksThem() {
    String customer = "C0000012";
    Http.Answer a = http.get("/v1/recommendations?customer=" + customer + "&n=5", privateKey);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    String top = a.json().get("slots").get(0).get("items").get(0).get("product_id").asText();
    String anon = "anon-" + unique();
    Http.Answer t =
        http.post(
            "/v1/track",
            publicKey,
            "{\"event\":\"order_completed\",\"anonymous_id\":\""
                + anon
                + "\",\"product_id\":\""
                + top
                + "\",\"order_id\":\"O-"
                + unique()
                + "\"}");
    assertThat(t.json().get("stored").asInt()).isEqualTo(1);
    Http.Answer id =
        http.post(
            "/v1/identify",
            privateKey,
            "{\"customer_id\":\""
                + customer
                + "\",\"anonymous_id\":\""
                + anon
                + "\",\"email\":\"c12@example.com\"}");
    assertThat(id.status()).as(id.body()).isEqualTo(200);

    Http.Answer after = http.get("/v1/recommendations?customer=" + customer + "&n=5", privateKey);
    assertThat(firstSlot(after)).hasSize(5).doesNotContain(top);
  }

  @Test
  void aStrategySeesANewPurchaseAtOnce() {
    String customer = "RT-" + unique();
    String path = "/v1/recommendations?customer=" + customer + "&strategy=fashion";
    Http.Answer before = http.get(path, privateKey);
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(before.json().get("strategy").asText()).isEqualTo("fashion");
    assertThat(before.json().get("notes").toString()).contains("not in the store");
    Set<String> shownBefore = shown(before);
    String bought = shownBefore.iterator().next();

    Http.Answer t =
        http.post(
            "/v1/track",
            publicKey,
            "{\"event\":\"order_completed\",\"customer_id\":\""
                + customer
                + "\",\"product_id\":\""
                + bought
                + "\",\"order_id\":\"O-"
                + customer
                + "\"}");
    assertThat(t.json().get("stored").asInt()).isEqualTo(1);
    Http.Answer after = http.get(path, privateKey);
    assertThat(after.status()).as(after.body()).isEqualTo(200);
    assertThat(shown(after)).isNotEmpty().doesNotContain(bought);
    assertThat(after.json().get("notes")).isEmpty();
  }

  private static Set<String> shown(Http.Answer a) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (JsonNode slot : a.json().get("slots")) {
      slot.get("items").forEach(i -> out.add(i.get("product_id").asText()));
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  @Test
  void badRecommendationRequestsNameTheParameter() {
    Http.Answer n = http.get("/v1/recommendations?customer=C0000001&n=0", privateKey);
    assertProblem(n, 400, "invalid_field");
    assertThat(n.json().get("field").asText()).isEqualTo("n");
    Http.Answer c = http.get("/v1/recommendations", privateKey);
    assertProblem(c, 400, "invalid_field");
    assertThat(c.json().get("field").asText()).isEqualTo("customer");
    Http.Answer s = http.get("/v1/recommendations?customer=C1&strategy=..%2Fsecrets", privateKey);
    assertProblem(s, 400, "invalid_field");
    assertThat(s.json().get("field").asText()).isEqualTo("strategy");
    assertProblem(
        http.get("/v1/recommendations?customer=C1&strategy=nope", privateKey), 404, "not_found");
  }

  @Test
  void unknownRoutesAreProblemsToo() {
    assertProblem(http.get("/v1/nothing-here", privateKey), 404, "not_found");
  }

  private Http.Answer preview(String campaign, String customer, String format) {
    return http.get(
        "/v1/preview?campaign=" + campaign + "&customer=" + customer + format, privateKey);
  }

  @Test
  void aPreviewBeforeAndAfterTheRunIsTheEmailTheSubscriberGets() throws IOException {
    // the first subscriber the campaign's assignment puts in variant a
    String customer =
        store.customers().page("", 30).stream()
            .filter(c -> c.consent().isSubscribed() && c.email().isPresent())
            .map(dev.tailor.core.customer.Customer::id)
            .filter(
                id ->
                    new dev.tailor.campaign.assign.Assigner(
                            "spring",
                            1.0,
                            0.2,
                            List.of(
                                new dev.tailor.core.campaign.Variant("a", 1, "s", "t", List.of())))
                        .assign(id)
                        .variant()
                        .equals("a"))
            .findFirst()
            .orElseThrow();
    // sender settings saved in the dashboard apply where the configuration keeps its defaults
    store
        .settings()
        .save(
            new dev.tailor.core.settings.ShopSettings(
                Optional.of("Example Shop"),
                Optional.of("news@shop.example"),
                Optional.of("help@shop.example"),
                Optional.of("1 Preview Lane, Springfield"),
                Optional.of("https://t.shop.example")),
            CliRun.NOW);
    JsonNode before = preview("spring", customer, "").json();
    assertThat(before.get("html").asText())
        .contains("1 Preview Lane, Springfield")
        .contains("https://t.shop.example/o/" + before.get("message_id").asText());
    assertThat(before.get("state").isNull()).isTrue();
    assertThat(before.get("sends").asBoolean()).isTrue();
    assertThat(before.get("subject").asText()).isNotBlank();
    assertThat(before.get("html").asText()).contains(before.get("message_id").asText());
    assertThat(before.get("decision").get("slots").size()).isPositive();
    assertThat(store.messages().findById(before.get("message_id").asText())).isEmpty();

    ok(
        CliRun.withEnv(
            campaignEnv, "campaign", "run", dir.resolve("campaigns/spring.yaml").toString()));
    var sent = store.messages().findById(before.get("message_id").asText()).orElseThrow();
    String eml = Files.readString(dir.resolve("outbox").resolve(sent.id() + ".eml"));
    assertThat(eml)
        .containsPattern("(?m)^From: \"?Example Shop\"? <news@shop.example>")
        .containsPattern("(?m)^Reply-To: help@shop.example")
        .contains("1 Preview Lane, Springfield");
    JsonNode after = preview("spring", customer, "").json();
    assertThat(after.get("state").asText()).isEqualTo(sent.state().wireName());
    assertThat(after.get("subject").asText()).isEqualTo(sent.subject().orElseThrow());
    // what the preview said the customer would get is what the run sent
    assertThat(after.get("decision")).isEqualTo(before.get("decision"));
    assertThat(after.get("subject")).isEqualTo(before.get("subject"));
    assertThat(after.get("html")).isEqualTo(before.get("html"));
    // the very HTML that was delivered (MIME writes its line breaks as CRLF)
    assertThat(after.get("html").asText()).isEqualTo(htmlPart(eml).replace("\r\n", "\n"));
    assertThat(after.get("decision"))
        .isEqualTo(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sent.decision().orElseThrow()));
    Http.Answer html = preview("spring", customer, "&format=html");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.body()).isEqualTo(after.get("html").asText());

    var held =
        store
            .messages()
            .page(
                "spring",
                java.util.EnumSet.of(dev.tailor.core.campaign.MessageState.HELD_OUT),
                java.time.Instant.MAX,
                "",
                1)
            .get(0);
    JsonNode holdout = preview("spring", held.customerId(), "").json();
    assertThat(holdout.get("holdout").asBoolean()).isTrue();
    assertThat(holdout.get("sends").asBoolean()).isFalse();
    assertProblem(preview("spring", held.customerId(), "&format=html"), 404, "no_email");
  }

  @Test
  void aPreviewNeedsAPrivateKeyAKnownCampaignAndNamesBadParameters() {
    assertThat(http.get("/v1/preview?campaign=spring&customer=x", null).status()).isEqualTo(401);
    assertProblem(
        http.get("/v1/preview?campaign=spring&customer=x", publicKey), 403, "private_key_required");
    assertProblem(preview("nope", "x", ""), 404, "not_found");
    assertProblem(http.get("/v1/preview?customer=x", privateKey), 400, "invalid_field");
  }

  /** The HTML part of a MIME message, decoded. */
  private static String htmlPart(String eml) {
    try {
      var m =
          new jakarta.mail.internet.MimeMessage(
              jakarta.mail.Session.getInstance(new java.util.Properties()),
              new java.io.ByteArrayInputStream(
                  eml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return htmlPart((jakarta.mail.Part) m);
    } catch (jakarta.mail.MessagingException | IOException e) {
      throw new AssertionError("not a MIME message", e);
    }
  }

  private static String htmlPart(jakarta.mail.Part p)
      throws jakarta.mail.MessagingException, IOException {
    if (p.isMimeType("text/html")) {
      return (String) p.getContent();
    }
    if (p.getContent() instanceof jakarta.mail.Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        String h = htmlPart(mp.getBodyPart(i));
        if (h != null) {
          return h;
        }
      }
    }
    return null;
  }
}
