package dev.tailor.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.app.cli.CliRun;
import dev.tailor.app.config.ConfigLoader;
import dev.tailor.app.config.TailorConfig;
import dev.tailor.app.wiring.Wiring;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.render.links.LinkSigner;
import dev.tailor.render.links.TrackingLinks;
import dev.tailor.web.WebServer;
import dev.tailor.web.WebSettings;
import dev.tailor.web.auth.Passwords;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tracking endpoints on a real server (port 0) with the links of a campaign really rendered and
 * sent to an outbox: opens, clicks, unsubscribes and feedback through HTTP become events, and
 * {@code tailor campaign report} counts them. Run on SQLite ({@link SqliteTrackingTest}) and
 * PostgreSQL ({@link PostgresTrackingIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class TrackingScenario {
  private static final Path REPO =
      Path.of(System.getProperty("tailor.repo", "..")).toAbsolutePath();
  private static final String KEY = "tracked";
  private static final String BASE = TailorConfig.RENDER_DEFAULTS.baseUrl();
  private static final byte[] GIF = {
    'G',
    'I',
    'F',
    '8',
    '9',
    'a',
    1,
    0,
    1,
    0,
    (byte) 0x80,
    0,
    0,
    0,
    0,
    0,
    (byte) 0xff,
    (byte) 0xff,
    (byte) 0xff,
    '!',
    (byte) 0xf9,
    4,
    1,
    0,
    0,
    0,
    0,
    ',',
    0,
    0,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    2,
    2,
    'D',
    1,
    0,
    ';'
  };
  private static final String GMAIL =
      "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
  private static final Pattern CLICK =
      Pattern.compile("href=\"(" + Pattern.quote(BASE) + "/c/[^\"]+)\"");
  private static final Pattern PIXEL =
      Pattern.compile("src=\"(" + Pattern.quote(BASE) + "/o/[^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Path dir;
  private Map<String, String> env;
  private Store store;
  private WebServer server;
  private List<Email> emails;
  private TrackingLinks links;

  /** One email of the outbox: its message, tracked links and pixel, and the unsubscribe URL. */
  private record Email(
      Message message, List<String> clicks, String pixel, String unsubscribe, String html) {}

  abstract String storeUrl(Path dir);

  void cleanUp() {}

  @BeforeAll
  void sendACampaignToAnOutboxAndServe() throws Exception {
    dir = Files.createTempDirectory("tailor-track");
    Path shop = dir.resolve("shop");
    env =
        Map.of(
            "TAILOR_DB_URL",
            storeUrl(dir),
            "TAILOR_RECO_MODELS_DIR",
            dir.resolve("models").toString());
    ok(CliRun.of("generate", "--out", shop.toString(), "--customers", "300", "--products", "120"));
    ok(CliRun.withEnv(env, "import", "--dir", shop.toString(), "--rejects", dir + "/r.csv"));
    ok(CliRun.withEnv(env, "train", "--algorithm", "als", "--no-eval"));
    String text =
        Files.readString(REPO.resolve("examples/campaigns/weekly-picks.yaml"))
            .replace("key: weekly-picks", "key: " + KEY)
            .replace("../strategies/", REPO.resolve("examples/strategies") + "/")
            .replace("dir: tailor-data/outbox", "dir: " + dir.resolve("outbox"));
    Path file = dir.resolve(KEY + ".yaml");
    Files.writeString(file, text);
    ok(CliRun.withEnv(env, "campaign", "run", file.toString(), "--json"));

    Wiring wiring = new Wiring(new ConfigLoader(env).load(Optional.empty()));
    store = wiring.openStore();
    links = new TrackingLinks(BASE, new LinkSigner(wiring.config().render().signingKey()));
    emails = readOutbox(dir.resolve("outbox"));
    assertThat(emails).hasSizeGreaterThan(5);
    Instant sent = emails.get(0).message().sentAt().orElseThrow();
    // the recipients act an hour after the send, so no hit is "too soon after delivery"
    Clock clock = Clock.fixed(sent.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    Path strategies = Files.createDirectories(dir.resolve("strategies"));
    server =
        Server.start(
            wiring,
            store,
            WebSettings.defaults().withPort(0).withTrustedProxies(List.of("127.0.0.1/32")),
            strategies,
            clock,
            new Passwords(1_000),
            env);
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

  @Test
  @Order(1)
  void theOpenPixelIsA43ByteUncachedGifAndStoresAnOpen() throws Exception {
    Email e = emails.get(0);
    long before = count(EventType.EMAIL_OPENED, e.message().id());
    HttpResponse<byte[]> r = get(e.pixel());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).hasSize(43).isEqualTo(GIF);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/gif");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(count(EventType.EMAIL_OPENED, e.message().id())).isEqualTo(before + 1);
    Event open = events(EventType.EMAIL_OPENED, e.message().id()).get(0);
    assertThat(open.customerId()).hasValue(e.message().customerId());
    assertThat(open.campaignId()).hasValue(KEY);
  }

  @Test
  @Order(2)
  void aRenderedProductLinkRedirectsToItsSignedTargetAndStoresTheClick() throws Exception {
    Email e = emails.get(0);
    String product = null;
    String link = null;
    for (String c : e.clicks()) {
      Optional<String> p = productOf(e.message(), target(c));
      if (p.isPresent()) {
        product = p.get();
        link = c;
        break;
      }
    }
    assertThat(link).as("a link to a recommended product in " + e.clicks()).isNotNull();
    HttpResponse<byte[]> r = get(link);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue(target(link));
    assertThat(target(link)).contains("utm_source=tailor");
    List<Event> clicks = events(EventType.EMAIL_CLICKED, e.message().id());
    assertThat(clicks).hasSize(1);
    assertThat(clicks.get(0).productId()).hasValue(product);
    assertThat(clicks.get(0).campaignId()).hasValue(KEY);
    assertThat(clicks.get(0).customerId()).hasValue(e.message().customerId());
  }

  @Test
  @Order(3)
  void tamperedForeignAndIncompleteLinksGet400AndStoreNothing() throws Exception {
    Email e = emails.get(1);
    String link = e.clicks().get(0);
    long before = store.events().count();
    String evil = "https://evil.example/phish";
    String swapped =
        link.replaceFirst(
            "\\?u=[^&]+", "?u=" + java.net.URLEncoder.encode(evil, StandardCharsets.UTF_8));
    String foreign =
        new TrackingLinks(BASE, new LinkSigner("another-installations-key"))
            .click(e.message().id(), evil);
    String otherMessage =
        link.replace("/c/" + e.message().id(), "/c/" + emails.get(2).message().id());
    String badSignature = link.replaceFirst("&s=[^&]+", "&s=AAAA");
    String noSignature = link.replaceFirst("&s=[^&]+", "");
    for (String bad : List.of(swapped, foreign, otherMessage, badSignature, noSignature)) {
      HttpResponse<byte[]> r = get(bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(r.headers().firstValue("Location")).isEmpty();
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonNode p = new ObjectMapper().readTree(r.body());
      assertThat(p.get("status").asInt()).isEqualTo(400);
      assertThat(p.get("code").asText()).isIn("invalid_signature", "invalid_link");
    }
    HttpResponse<byte[]> pixel = get(e.pixel().replace(".gif?s=", ".gif?s=x"));
    assertThat(pixel.statusCode()).isEqualTo(400);
    assertThat(store.events().count()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void getUnsubscribeOnlyAsksAndPostUnsubscribesAtOnce() throws Exception {
    Email e = emails.get(3);
    String customer = e.message().customerId();
    assertThat(store.customers().findById(customer).orElseThrow().consent().status())
        .isEqualTo(ConsentStatus.SUBSCRIBED);

    HttpResponse<byte[]> page = get(e.unsubscribe());
    assertThat(page.statusCode()).isEqualTo(200);
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertThat(html).contains("<form method=\"post\"", "/u/" + e.message().id());
    assertThat(store.suppressions().find(customer)).isEmpty();
    assertThat(store.customers().findById(customer).orElseThrow().consent().status())
        .isEqualTo(ConsentStatus.SUBSCRIBED);
    assertThat(count(EventType.EMAIL_UNSUBSCRIBED, e.message().id())).isZero();

    HttpResponse<byte[]> tampered = post(e.unsubscribe().replaceFirst("s=.*", "s=forged"));
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(store.suppressions().find(customer)).isEmpty();

    for (int i = 0; i < 2; i++) { // a replayed one-click POST changes nothing more
      HttpResponse<byte[]> done = post(e.unsubscribe());
      assertThat(done.statusCode()).isEqualTo(200);
    }
    assertThat(store.suppressions().find(customer).orElseThrow().reason())
        .isEqualTo(SuppressionReason.UNSUBSCRIBED);
    assertThat(store.customers().findById(customer).orElseThrow().consent().status())
        .isEqualTo(ConsentStatus.UNSUBSCRIBED);
    assertThat(count(EventType.EMAIL_UNSUBSCRIBED, e.message().id())).isEqualTo(1);
  }

  @Test
  @Order(5)
  void feedbackIsStoredAsItsOwnEventType() throws Exception {
    Email e = emails.get(4);
    assertThat(get(links.feedback(e.message().id(), true)).statusCode()).isEqualTo(200);
    assertThat(get(links.feedback(e.message().id(), false)).statusCode()).isEqualTo(200);
    String forged = links.feedback(e.message().id(), true).replace("v=up", "v=down");
    assertThat(get(forged).statusCode()).isEqualTo(400);
    assertThat(count(EventType.EMAIL_FEEDBACK_POSITIVE, e.message().id())).isEqualTo(1);
    assertThat(count(EventType.EMAIL_FEEDBACK_NEGATIVE, e.message().id())).isEqualTo(1);
  }

  @Test
  @Order(6)
  void theCampaignReportCountsTheHitsMadeOverHttp() throws Exception {
    // one more recipient opens and clicks: two openers, two clickers in all
    Email e = emails.get(5);
    assertThat(get(e.pixel()).statusCode()).isEqualTo(200);
    assertThat(get(e.clicks().get(0)).statusCode()).isEqualTo(302);
    CliRun run = CliRun.withEnv(env, "campaign", "report", KEY, "--json");
    ok(run);
    JsonNode r = new ObjectMapper().readTree(run.out());
    long openers = 0;
    long clickers = 0;
    long unsubscribes = 0;
    for (JsonNode v : r.get("variants")) {
      openers += v.get("engagement").get("human_openers").asLong();
      clickers += v.get("engagement").get("human_clickers").asLong();
      unsubscribes += v.get("unsubscribed").asLong();
    }
    assertThat(openers).isEqualTo(2);
    assertThat(clickers).isEqualTo(2);
    assertThat(unsubscribes).isEqualTo(1);
  }

  @Test
  @Order(7)
  void proxyOpensAndScannerClicksAreStoredWithWhatWasSeenAndReportedAsMachine() throws Exception {
    Email apple = emails.get(6);
    Email gmail = emails.get(7);
    Email scanned = emails.get(8);
    assertThat(get(apple.pixel(), "Mozilla/5.0").statusCode()).isEqualTo(200);
    assertThat(get(gmail.pixel(), GMAIL).statusCode()).isEqualTo(200);
    assertThat(get(scanned.clicks().get(0), "Barracuda Sentinel (EE)").statusCode()).isEqualTo(302);

    Map<String, TrackingHit> seen = new java.util.HashMap<>();
    store
        .trackingHits()
        .scan(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), h -> seen.put(h.eventId(), h));
    TrackingHit a = seen.get(events(EventType.EMAIL_OPENED, apple.message().id()).get(0).eventId());
    TrackingHit g = seen.get(events(EventType.EMAIL_OPENED, gmail.message().id()).get(0).eventId());
    TrackingHit c =
        seen.get(events(EventType.EMAIL_CLICKED, scanned.message().id()).get(0).eventId());
    assertThat(a.proxyKind()).hasValue("apple_mpp");
    assertThat(a.ipPrefix()).hasValue("127.0.0.0/24");
    assertThat(g.proxyKind()).hasValue("google_image_proxy");
    assertThat(g.userAgent()).hasValue(GMAIL);
    assertThat(c.proxyKind()).hasValue("scanner");

    CliRun run = CliRun.withEnv(env, "campaign", "report", KEY, "--json");
    ok(run);
    long humanOpeners = 0;
    long machineOpens = 0;
    long machineClicks = 0;
    JsonNode report = new ObjectMapper().readTree(run.out());
    for (JsonNode v : report.get("variants")) {
      humanOpeners += v.get("engagement").get("human_openers").asLong();
      machineOpens += v.get("engagement").get("machine_opens").asLong();
      machineClicks += v.get("engagement").get("machine_clicks").asLong();
    }
    // the 👍 and 👎 given in feedbackIsStoredAsItsOwnEventType, on the whole email of its variant
    long up = 0;
    long down = 0;
    for (JsonNode f : report.get("review").get("feedback")) {
      if (f.get("variant").asText().equals(emails.get(4).message().variant())
          && f.get("slot").asText().isEmpty()) {
        up += f.get("up").asLong();
        down += f.get("down").asLong();
      }
    }
    assertThat(up).isEqualTo(1);
    assertThat(down).isEqualTo(1);
    assertThat(humanOpeners).isEqualTo(2);
    assertThat(machineOpens).isEqualTo(2);
    assertThat(machineClicks).isEqualTo(1);
  }

  @Test
  @Order(8)
  void viewInBrowserServesTheEmailAsSentAndRefusesTamperedLinks() throws Exception {
    Email e = emails.get(9);
    LinkSigner signer =
        new LinkSigner(new ConfigLoader(env).load(Optional.empty()).render().signingKey());
    String id = e.message().id();
    String view = BASE + "/v/" + id + "?s=" + signer.sign(id, "view");
    long before = store.events().count();

    HttpResponse<byte[]> page = get(view);

    assertThat(page.statusCode())
        .as(new String(page.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    // as the recipient got it; the outbox file carries the MIME part with CRLF line ends
    assertThat(new String(page.body(), StandardCharsets.UTF_8).replace("\r\n", "\n"))
        .isEqualTo(e.html().replace("\r\n", "\n"));
    String other = emails.get(10).message().id();
    assertThat(get(BASE + "/v/" + other + "?s=" + signer.sign(id, "view")).statusCode())
        .isEqualTo(400);
    assertThat(get(BASE + "/v/" + id + "?s=" + signer.sign(id, "open")).statusCode())
        .isEqualTo(400);
    assertThat(get(BASE + "/v/" + id).statusCode()).isEqualTo(400);
    assertThat(get(BASE + "/v/nope?s=" + signer.sign("nope", "view")).statusCode()).isEqualTo(404);
    assertThat(store.events().count()).isEqualTo(before);
  }

  @Test
  @Order(9)
  void concurrentHitsShareCommitsAndEveryOneIsStored() throws Exception {
    long before = store.events().count();
    int threads = 8;
    int each = 25;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = t;
      answers.add(
          pool.submit(
              () -> {
                int ok = 0;
                for (int i = 0; i < each; i++) {
                  Email e = emails.get((from * each + i) % emails.size());
                  ok += get(e.pixel()).statusCode() == 200 ? 1 : 0;
                }
                return ok;
              }));
    }
    int answered = 0;
    for (var f : answers) {
      answered += f.get();
    }
    pool.shutdown();
    assertThat(answered).isEqualTo(threads * each);
    assertThat(store.events().count()).isEqualTo(before + threads * each);
  }

  @Test
  @Order(10)
  void behindATrustedProxyTheClientIsTheRightmostAddressItDidNotAdd() throws Exception {
    Email e = emails.get(6);
    // the connection comes from 127.0.0.1, a trusted proxy here; the client is what it forwards
    TrackingHit apple = hitForwardedFor(e, "198.51.100.23, 17.58.63.9");
    assertThat(apple.ipPrefix()).hasValue("17.58.63.0/24");
    assertThat(apple.proxyKind()).hasValue("apple_mpp");
    // a client cannot pass for Apple by writing the header itself: its own entry is the leftmost
    TrackingHit spoofed = hitForwardedFor(e, "17.1.2.3, 203.0.113.50");
    assertThat(spoofed.ipPrefix()).hasValue("203.0.113.0/24");
    assertThat(spoofed.proxyKind()).isEmpty();
  }

  private TrackingHit hitForwardedFor(Email e, String forwardedFor) throws Exception {
    java.util.Set<String> before = new java.util.HashSet<>();
    events(EventType.EMAIL_OPENED, e.message().id()).forEach(ev -> before.add(ev.eventId()));
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(local(e.pixel())))
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0")
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    List<Event> added =
        events(EventType.EMAIL_OPENED, e.message().id()).stream()
            .filter(ev -> !before.contains(ev.eventId()))
            .toList();
    assertThat(added).hasSize(1);
    Map<String, TrackingHit> seen = new java.util.HashMap<>();
    store
        .trackingHits()
        .scan(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), h -> seen.put(h.eventId(), h));
    return seen.get(added.get(0).eventId());
  }

  private Optional<String> productOf(Message m, String target) {
    String page = target.replaceAll("[?&]utm_[^&#]*", "");
    for (var item :
        dev.tailor.campaign.pipeline.DecisionJson.read(m.decision().orElseThrow()).items()) {
      Optional<String> url = store.products().findById(item.productId()).flatMap(p -> p.url());
      if (url.isPresent() && url.get().equals(page)) {
        return Optional.of(item.productId());
      }
    }
    return Optional.empty();
  }

  private static String target(String link) {
    Matcher m = Pattern.compile("[?&]u=([^&]+)").matcher(link);
    assertThat(m.find()).as(link).isTrue();
    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
  }

  private long count(EventType type, String messageId) {
    return events(type, messageId).size();
  }

  private List<Event> events(EventType type, String messageId) {
    List<Event> out = new ArrayList<>();
    store
        .events()
        .scanTypes(
            java.util.Set.of(type),
            ev -> {
              if (ev.messageId().equals(Optional.of(messageId))) {
                out.add(ev);
              }
            });
    return out;
  }

  private String local(String url) {
    assertThat(url).startsWith(BASE);
    return "http://127.0.0.1:" + server.port() + url.substring(BASE.length());
  }

  private HttpResponse<byte[]> get(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(local(url))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String url, String userAgent) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(local(url)))
            .header("User-Agent", userAgent)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The RFC 8058 one-click POST a mailbox provider sends. */
  private HttpResponse<byte[]> post(String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(local(url)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private List<Email> readOutbox(Path outbox) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(outbox)) {
      files = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    }
    List<Email> out = new ArrayList<>();
    Session session = Session.getInstance(new Properties());
    for (Path f : files) {
      MimeMessage mail;
      try (InputStream in = Files.newInputStream(f)) {
        mail = new MimeMessage(session, in);
      }
      String html = html(mail);
      List<String> clicks = new ArrayList<>();
      Matcher c = CLICK.matcher(html);
      while (c.find()) {
        clicks.add(c.group(1).replace("&amp;", "&"));
      }
      Matcher p = PIXEL.matcher(html);
      assertThat(p.find()).as("pixel in " + f).isTrue();
      String pixel = p.group(1).replace("&amp;", "&");
      String messageId =
          URLDecoder.decode(
              pixel.substring((BASE + "/o/").length(), pixel.indexOf(".gif")),
              StandardCharsets.UTF_8);
      String header = mail.getHeader("List-Unsubscribe", ",");
      Matcher u = Pattern.compile("<(" + Pattern.quote(BASE) + "/u/[^>]+)>").matcher(header);
      assertThat(u.find()).as(header).isTrue();
      out.add(
          new Email(
              store.messages().findById(messageId).orElseThrow(), clicks, pixel, u.group(1), html));
    }
    return out;
  }

  private static String html(Part part) throws Exception {
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        String h = html(mp.getBodyPart(i));
        if (!h.isEmpty()) {
          return h;
        }
      }
    }
    return "";
  }

  private static void ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
