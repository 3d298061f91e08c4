package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import dev.tailor.web.track.TrackingRoutes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Open pixels and clicks through the whole server, whether the lean lane answers them (a plain
 * path) or Javalin does (the same path with an encoded character): the same answer, every hit
 * stored, and never a session cookie on a tracking route.
 */
class TrackingHitsTest {
  private static final FixedClock CLOCK = FixedClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private static final String TARGET = "https://shop.example/p/1?utm_source=tailor";

  private final InMemoryStore store = new InMemoryStore();
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private WebServer server;

  @BeforeEach
  void start() {
    store
        .messages()
        .planAll(
            List.of(
                Message.planned(
                    "m1",
                    "weekly",
                    "c1",
                    "a",
                    false,
                    MessageState.PLANNED,
                    CLOCK.instant(),
                    Optional.empty(),
                    Optional.empty(),
                    CLOCK.instant())));
    server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(
                store,
                CLOCK,
                List.of(
                    new TrackingRoutes(
                        store, CLOCK, (message, payload, signature) -> signature.equals("ok")))));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private long hits() {
    long[] n = {0};
    store.trackingHits().scan(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), h -> n[0]++);
    return n[0];
  }

  private static String click(String message) {
    return "/c/" + message + "?u=" + URLEncoder.encode(TARGET, StandardCharsets.UTF_8) + "&s=ok";
  }

  @Test
  void theLaneAndJavalinGiveTheSameAnswersAndBothStoreTheHit() throws Exception {
    // %31 is "1": Javalin decodes it, the lane leaves such paths to Javalin
    List<String[]> pairs =
        List.of(
            new String[] {"/o/m1.gif?s=ok", "/o/m%31.gif?s=ok"},
            new String[] {click("m1"), click("m%31")},
            new String[] {"/o/m1.gif?s=forged", "/o/m%31.gif?s=forged"},
            new String[] {"/o/m1.png?s=ok", "/o/m%31.png?s=ok"},
            new String[] {"/c/m1?s=ok", "/c/m%31?s=ok"});
    for (String[] pair : pairs) {
      HttpResponse<byte[]> lane = get(pair[0]);
      HttpResponse<byte[]> javalin = get(pair[1]);
      assertThat(lane.statusCode()).as(pair[0]).isEqualTo(javalin.statusCode());
      assertThat(lane.body()).as(pair[0]).isEqualTo(javalin.body());
      for (String h :
          List.of(
              "Content-Type",
              "Cache-Control",
              "Location",
              "X-Content-Type-Options",
              "Referrer-Policy",
              "X-Frame-Options")) {
        assertThat(lane.headers().firstValue(h))
            .as(pair[0] + " " + h)
            .isEqualTo(javalin.headers().firstValue(h));
      }
    }
    assertThat(get("/o/m1.gif?s=ok").headers().firstValue("Content-Type")).hasValue("image/gif");
    assertThat(get(click("m1")).headers().firstValue("Location")).hasValue(TARGET);
    // two opens and two clicks of each pair's first two, plus the two just above
    assertThat(store.events().count()).isEqualTo(6);
    assertThat(hits()).isEqualTo(6);
  }

  @Test
  void trackingRoutesNeverSetACookie() throws Exception {
    for (String path :
        List.of(
            "/o/m1.gif?s=ok",
            click("m1"),
            "/o/m1.gif?s=forged",
            "/u/m1?s=ok",
            "/f/m1?v=up&s=ok",
            "/v/m1?s=ok",
            "/o/m%31.gif?s=ok")) {
      HttpResponse<byte[]> r = get(path);
      assertThat(r.statusCode()).as(path).isLessThan(500);
      assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void everyHitOfAConcurrentLoadIsStoredExactlyOnce() throws Exception {
    int threads = 8;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < each; i++) {
                    boolean open = (thread + i) % 2 == 0;
                    HttpResponse<byte[]> r = get(open ? "/o/m1.gif?s=ok" : click("m1"));
                    ok += r.statusCode() == (open ? 200 : 302) ? 1 : 0;
                  }
                  return ok;
                }));
      }
      int answered = 0;
      for (Future<Integer> f : done) {
        answered += f.get();
      }
      assertThat(answered).isEqualTo(threads * each);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.events().count()).isEqualTo(threads * each);
    assertThat(hits()).isEqualTo(threads * each);
  }

  @Test
  void hitsAnsweredByTheLaneAreInTheMetrics() throws Exception {
    get("/o/m1.gif?s=ok");
    get("/o/m1.gif?s=forged");
    String metrics = new String(get("/metrics").body(), StandardCharsets.UTF_8);
    assertThat(metrics)
        .containsPattern(
            "http_server_requests_seconds_count\\{.*route=\"/o/\\{pixel\\}\",status=\"200\".*\\} 1")
        .containsPattern(
            "http_server_requests_seconds_count\\{.*route=\"/o/\\{pixel\\}\",status=\"400\".*\\} 1");
  }
}
