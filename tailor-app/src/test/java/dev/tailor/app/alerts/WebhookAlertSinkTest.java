package dev.tailor.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.tailor.core.TailorException;
import dev.tailor.insights.alerts.Alert;
import dev.tailor.insights.alerts.Severity;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook sink against a real HTTP server on a loopback port. */
class WebhookAlertSinkTest {
  private static final String SECRET = "a-long-enough-secret";
  private final Alert alert =
      new Alert(
          "bounce-spike",
          Severity.CRITICAL,
          "spring",
          "bounce rate 5.00% \"now\"",
          Instant.parse("2026-03-02T09:00:00Z"));
  private final List<String[]> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private volatile int status = 204;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        ex -> {
          byte[] body = ex.getRequestBody().readAllBytes();
          received.add(
              new String[] {
                ex.getRequestMethod(),
                new String(body, StandardCharsets.UTF_8),
                String.valueOf(ex.getRequestHeaders().getFirst("X-Tailor-Signature")),
                String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"))
              });
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", url("/hook").toString());
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void postsTheAlertAsJsonSignedWithTheSecret() throws Exception {
    new WebhookAlertSink(
            new WebhookSettings(url("/hook"), Optional.of(SECRET), Duration.ofSeconds(5)))
        .deliver(alert);

    assertThat(received).hasSize(1);
    String[] r = received.get(0);
    assertThat(r[0]).isEqualTo("POST");
    assertThat(r[3]).isEqualTo("application/json");
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertThat(json.get("code").asText()).isEqualTo("bounce-spike");
    assertThat(json.get("severity").asText()).isEqualTo("critical");
    assertThat(json.get("campaign_id").asText()).isEqualTo("spring");
    assertThat(json.get("message").asText()).isEqualTo("bounce rate 5.00% \"now\"");
    assertThat(json.get("at").asText()).isEqualTo("2026-03-02T09:00:00Z");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        java.util.HexFormat.of().formatHex(mac.doFinal(r[1].getBytes(StandardCharsets.UTF_8)));
    assertThat(r[2]).isEqualTo("sha256=" + expected);
  }

  @Test
  void aRefusalOrARedirectIsAnErrorAndTheRedirectIsNotFollowed() {
    status = 500;
    WebhookAlertSink sink = new WebhookAlertSink(WebhookSettings.of(url("/hook")));
    assertThatThrownBy(() -> sink.deliver(alert))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("answered 500 to bounce-spike")
        .hasMessageNotContaining("/hook");
    received.clear();
    WebhookAlertSink moved = new WebhookAlertSink(WebhookSettings.of(url("/moved")));
    assertThatThrownBy(() -> moved.deliver(alert))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("answered 302");
    assertThat(received).isEmpty();
  }

  @Test
  void anUnreachableWebhookIsAnErrorNamingOnlyTheHost() throws IOException {
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    WebhookAlertSink sink =
        new WebhookAlertSink(
            WebhookSettings.of(URI.create("http://127.0.0.1:" + port + "/secret-token")));
    assertThatThrownBy(() -> sink.deliver(alert))
        .isInstanceOf(TailorException.class)
        .hasMessageStartingWith("alert webhook http://127.0.0.1:" + port + " failed")
        .hasMessageNotContaining("secret-token");
  }

  @Test
  void settingsRefuseOtherSchemesCredentialsShortSecretsAndOddTimeouts() {
    assertThatThrownBy(() -> WebhookSettings.of(URI.create("file:///etc/passwd")))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.alerts.webhook-url must be an http or https URL");
    assertThatThrownBy(() -> WebhookSettings.of(URI.create("https://user:pw@hooks.example/x")))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("must not carry credentials");
    assertThatThrownBy(
            () ->
                new WebhookSettings(
                    URI.create("https://hooks.example/x"),
                    Optional.of("short"),
                    Duration.ofSeconds(5)))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("webhook-secret");
    assertThatThrownBy(
            () ->
                new WebhookSettings(
                    URI.create("https://hooks.example/x"), Optional.empty(), Duration.ofMinutes(5)))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("webhook-timeout");
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }
}
