package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import dev.tailor.web.auth.ApiKeys;
import dev.tailor.web.openapi.OpenApiRoutes;
import dev.tailor.web.server.Access;
import dev.tailor.web.server.RouteTable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebServerTest {
  private static final FixedClock CLOCK = FixedClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(int port, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyApiRouteIsDocumentedAndEveryDocumentedOperationIsServed() {
    try (WebServer server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(
                new InMemoryStore(),
                CLOCK,
                List.of(
                    new dev.tailor.web.track.TrackingRoutes(
                        new InMemoryStore(), CLOCK, (message, payload, signature) -> false),
                    new dev.tailor.web.preview.PreviewRoutes(
                        (campaign, customer) -> {
                          throw new IllegalStateException("not called");
                        }))))) {
      Set<String> served = new TreeSet<>();
      for (RouteTable.Route r : server.routes()) {
        // The dashboard's pages are HTML for people; the document describes the machine API.
        if (r.access() != Access.SESSION
            && !r.path().equals("/login")
            && !r.path().equals("/logout")) {
          served.add(r.method() + " " + r.path());
        }
      }
      assertThat(served).isEqualTo(OpenApiRoutes.operations());
      assertThat(served).contains("POST /v1/track", "GET /v1/recommendations", "GET /health");
    }
  }

  @Test
  void healthIs503WhenTheStoreDoesNotAnswer(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    dev.tailor.core.store.Store store =
        dev.tailor.store.Stores.open("jdbc:sqlite:" + dir.resolve("t.db"));
    try (WebServer server =
        WebServer.start(
            WebSettings.defaults().withPort(0), TestBackends.of(store, CLOCK, List.of()))) {
      assertThat(get(server.port(), "/health").statusCode()).isEqualTo(200);
      store.close();
      HttpResponse<String> down = get(server.port(), "/health");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"store\":\"unreachable\"");
    }
  }

  @Test
  void aBodyOverTheLimitIsAnsweredWith413EveryTimeNotWithAReset() throws Exception {
    try (WebServer server =
        WebServer.start(
            WebSettings.defaults().withPort(0).withMaxBodyBytes(64 * 1024),
            TestBackends.of(new InMemoryStore(), CLOCK, List.of()))) {
      // a body the server has not read when it answers: closing over unread bytes resets the socket
      String body = "{\"event\":\"" + "x".repeat(70 * 1024) + "\"}";
      for (int i = 0; i < 300; i++) {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/v1/track"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("attempt %d: %s", i, r.body()).isEqualTo(413);
        assertThat(r.body()).contains("payload_too_large");
      }
    }
  }

  @Test
  void theDocumentIsServedAndBrowsable() throws Exception {
    try (WebServer server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(new InMemoryStore(), CLOCK, List.of()))) {
      HttpResponse<String> doc = get(server.port(), "/v1/openapi.json");
      assertThat(doc.statusCode()).isEqualTo(200);
      assertThat(doc.body()).contains("\"openapi\": \"3.1.0\"");
      HttpResponse<String> page = get(server.port(), "/v1/docs");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<code>/v1/track</code>").doesNotContain("<script");
    }
  }

  @Test
  void stoppingLetsARunningRequestFinishAndRefusesNewOnes() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WebServer server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(
                new InMemoryStore(),
                CLOCK,
                List.of(
                    routes ->
                        routes.get(
                            "/slow",
                            Access.OPEN,
                            ctx -> {
                              entered.countDown();
                              release.await(10, TimeUnit.SECONDS);
                              ctx.result("done");
                            }))));
    int port = server.port();
    CompletableFuture<HttpResponse<String>> slow =
        client.sendAsync(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    Thread.sleep(200);
    assertThat(stopping).isNotDone();
    HttpResponse<String> refused = get(port, "/health");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).contains("shutting_down");
    release.countDown();
    assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("done");
    stopping.get(10, TimeUnit.SECONDS);
  }

  @Test
  void metricsCountRequestsAndIngestedEvents() throws Exception {
    InMemoryStore store = new InMemoryStore();
    String key = new ApiKeys(store.apiKeys(), CLOCK).create(ApiKeyKind.PUBLIC, "t").secret();
    try (WebServer server =
        WebServer.start(
            WebSettings.defaults().withPort(0), TestBackends.of(store, CLOCK, List.of()))) {
      HttpResponse<String> t =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/track"))
                  .header("Authorization", "Bearer " + key)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"batch\":[{\"event\":\"product_viewed\",\"customer_id\":\"c1\"},"
                              + "{\"event\":\"product_viewed\",\"customer_id\":\"c2\"}]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
      String metrics = get(server.port(), "/metrics").body();
      assertThat(metrics).contains("tailor_events_ingested_total 2.0");
      assertThat(metrics)
          .containsPattern("http_server_requests_seconds_count\\{.*route=\"/v1/track\".*\\} 1");
      assertThat(metrics).contains("tailor_model_age_seconds NaN");
    }
  }
}
