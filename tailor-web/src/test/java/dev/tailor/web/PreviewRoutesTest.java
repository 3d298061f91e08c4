package dev.tailor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.testkit.FixedClock;
import dev.tailor.testkit.memory.InMemoryStore;
import dev.tailor.web.auth.ApiKeys;
import dev.tailor.web.preview.PreviewRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/preview} over HTTP with a fake campaign: keys, parameters, both formats. */
class PreviewRoutesTest {
  private final InMemoryStore store = new InMemoryStore();
  private final FixedClock clock = FixedClock.at(FakeDesk.AT);
  private final HttpClient client = HttpClient.newHttpClient();
  private WebServer server;
  private String privateKey;
  private String publicKey;

  @BeforeEach
  void start() {
    ApiKeys keys = new ApiKeys(store.apiKeys(), clock);
    privateKey = keys.create(ApiKeyKind.PRIVATE, "t").secret();
    publicKey = keys.create(ApiKeyKind.PUBLIC, "t").secret();
    server =
        WebServer.start(
            WebSettings.defaults().withPort(0),
            TestBackends.of(store, clock, List.of(new PreviewRoutes(new FakeDesk(store)))));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String query, String key) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/v1/preview" + query));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPrivateKeyGetsTheEmailAsJson() throws Exception {
    HttpResponse<String> r = get("?campaign=spring&customer=c1", privateKey);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"subject\":\"Hello c1\"")
        .contains("\"preheader\":\"Picks\"")
        .contains("\"variant\":\"a\"")
        .contains("\"holdout\":false")
        .contains("\"sends\":true")
        .contains("\"decision\":{\"slots\":[]}")
        .contains("\"html\":\"<p>email of c1</p>\"");
  }

  @Test
  void formatHtmlAnswersTheHtmlAloneWithoutScripts() throws Exception {
    HttpResponse<String> r = get("?campaign=spring&customer=c1&format=html", privateKey);
    assertThat(r.body()).isEqualTo("<p>email of c1</p>");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'none'");
    HttpResponse<String> holdout = get("?campaign=spring&customer=held&format=html", privateKey);
    assertThat(holdout.statusCode()).isEqualTo(404);
    assertThat(holdout.body()).contains("\"code\":\"no_email\"");
    assertThat(get("?campaign=spring&customer=held", privateKey).body())
        .contains("\"holdout\":true")
        .contains("\"html\":null")
        .contains("\"decision\":null");
  }

  @Test
  void withoutAKeyItIs401AndWithAPublicKey403() throws Exception {
    assertThat(get("?campaign=spring&customer=c1", null).statusCode()).isEqualTo(401);
    assertThat(get("?campaign=spring&customer=c1", publicKey).statusCode()).isEqualTo(403);
  }

  @Test
  void badParametersAreNamedAndAnUnknownCampaignIs404() throws Exception {
    HttpResponse<String> missing = get("?customer=c1", privateKey);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"campaign\"");
    assertThat(get("?campaign=spring", privateKey).body()).contains("\"field\":\"customer\"");
    assertThat(get("?campaign=Bad%20Key&customer=c1", privateKey).body())
        .contains("\"field\":\"campaign\"");
    assertThat(get("?campaign=spring&customer=c1&format=pdf", privateKey).body())
        .contains("\"field\":\"format\"");
    assertThat(get("?campaign=other&customer=c1", privateKey).statusCode()).isEqualTo(404);
  }
}
