package dev.tailor.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lane on a bare Jetty server whose only other handler answers 299 "behind". */
class LeanLaneTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final InFlight inFlight = new InFlight();
  private final List<String> finished = new CopyOnWriteArrayList<>();
  private final List<LeanRequest> seen = new CopyOnWriteArrayList<>();
  private Server server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    LeanRoute echo =
        new LeanRoute(
            "/t/{thing}",
            r -> {
              seen.add(r);
              if (r.segment().equals("bad")) {
                throw ProblemException.badRequest("invalid_link", "thing", "bad thing");
              }
              if (r.segment().equals("boom")) {
                throw new IllegalStateException("broken");
              }
              String body =
                  r.segment()
                      + "|"
                      + r.query("a")
                      + "|"
                      + r.header("User-Agent")
                      + "|"
                      + r.clientAddress();
              return new LeanAnswer(
                  200,
                  "text/plain",
                  Map.of("Cache-Control", "no-store"),
                  body.getBytes(StandardCharsets.UTF_8));
            });
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    LeanLane lane =
        new LeanLane(
            List.of(echo),
            inFlight,
            ClientAddress.trusting(List.of("127.0.0.0/8")),
            (method, path, route, status, ms, ip) ->
                finished.add(method + " " + path + " " + route + " " + status + " " + ip));
    lane.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(299);
            response.write(
                true, ByteBuffer.wrap("behind".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        });
    server.setHandler(lane);
    server.start();
    port = connector.getLocalPort();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  /**
   * The log is told (and the request leaves) once the answer is written: the client may be first.
   */
  private void awaitFinished(int n) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while ((finished.size() < n || inFlight.running() > 0) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return client.send(
        b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  @Test
  void aPlainGetIsAnsweredByTheRouteWithTheCommonHeadersAndLogged() throws Exception {
    HttpResponse<String> r =
        send(
            at("/t/m1.gif?a=x%2By+z&a=second")
                .header("User-Agent", "UA")
                .header("X-Forwarded-For", "17.58.63.1"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("m1.gif|x+y z|UA|17.58.63.1");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length());
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    awaitFinished(1);
    assertThat(finished).containsExactly("GET /t/m1.gif /t/{thing} 200 17.58.63.1");
    assertThat(inFlight.running()).isZero();
  }

  @Test
  void aMissingQueryParameterIsNull() throws Exception {
    assertThat(send(at("/t/m1")).body())
        .isEqualTo("m1|null|Java-http-client/" + javaVersion() + "|127.0.0.1");
  }

  private static String javaVersion() {
    return System.getProperty("java.version");
  }

  @Test
  void anythingUnusualGoesToTheHandlerBehind() throws Exception {
    for (String path : List.of("/t/", "/t", "/t/a/b", "/t/%61", "/t/a+b", "/t/a/", "/u/m1", "/")) {
      assertThat(send(at(path)).statusCode()).as(path).isEqualTo(299);
    }
    assertThat(send(at("/t/m1").POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode())
        .isEqualTo(299);
    assertThat(
            send(at("/t/m1").method("GET", HttpRequest.BodyPublishers.ofString("body")))
                .statusCode())
        .isEqualTo(299);
    assertThat(send(at("/t/m1").method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode())
        .isEqualTo(299);
    assertThat(seen).isEmpty();
    assertThat(finished).isEmpty();
  }

  @Test
  void failuresAreProblemJson() throws Exception {
    HttpResponse<String> bad = send(at("/t/bad"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue(Problem.CONTENT_TYPE);
    assertThat(bad.body()).contains("\"code\":\"invalid_link\"", "\"field\":\"thing\"");
    HttpResponse<String> boom = send(at("/t/boom"));
    assertThat(boom.statusCode()).isEqualTo(500);
    assertThat(boom.body()).contains("\"code\":\"internal\"").doesNotContain("broken");
    awaitFinished(2);
    assertThat(finished)
        .containsExactly(
            "GET /t/bad /t/{thing} 400 127.0.0.1", "GET /t/boom /t/{thing} 500 127.0.0.1");
  }

  @Test
  void whileStoppingHitsGet503AndTheConnectionCloses() throws Exception {
    assertThat(inFlight.drain(Duration.ofMillis(10))).isTrue();
    HttpResponse<String> r = send(at("/t/m1"));
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("shutting_down");
    assertThat(seen).isEmpty();
    awaitFinished(1);
    assertThat(finished).containsExactly("GET /t/m1 /t/{thing} 503 127.0.0.1");
  }

  @Test
  void aRouteIsAPrefixAndOneParameter() {
    LeanRoute r = new LeanRoute("/o/{pixel}", q -> null);
    assertThat(r.prefix()).isEqualTo("/o/");
    assertThat(r.parameter()).isEqualTo("pixel");
    for (String bad : List.of("/o", "o/{x}", "/o/{}", "/o/x{y}", "/o/{x}/y", "{x}")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LeanRoute(bad, q -> null))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
