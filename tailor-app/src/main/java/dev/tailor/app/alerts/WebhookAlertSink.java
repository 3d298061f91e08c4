package dev.tailor.app.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.alerts.Alert;
import dev.tailor.insights.alerts.AlertSink;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts each alert as one JSON object ({@code code}, {@code severity}, {@code campaign_id}, {@code
 * message}, {@code at}) with the JDK HTTP client. Redirects are not followed, so a webhook cannot
 * bounce alerts elsewhere; any answer other than 2xx, and any network failure, is thrown as a
 * {@link TailorException} for the caller (or a {@code FanOutAlertSink}) to log.
 */
public final class WebhookAlertSink implements AlertSink {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebhookSettings settings;
  private final HttpClient client;

  public WebhookAlertSink(WebhookSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.timeout())
            .build();
  }

  @Override
  public void deliver(Alert alert) {
    byte[] body = body(alert);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.url())
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "tailor-alerts")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    settings
        .secret()
        .ifPresent(s -> request.header("X-Tailor-Signature", "sha256=" + sign(s, body)));
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new TailorException(
          ErrorCode.RUNTIME, "alert webhook " + host() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailorException(ErrorCode.RUNTIME, "interrupted while posting an alert", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new TailorException(
          ErrorCode.RUNTIME,
          "alert webhook " + host() + " answered " + response.statusCode() + " to " + alert.code());
    }
  }

  /** The JSON body of an alert. */
  static byte[] body(Alert a) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", a.code());
    fields.put("severity", a.severity().name().toLowerCase(java.util.Locale.ROOT));
    fields.put("campaign_id", a.campaignId());
    fields.put("message", a.message());
    fields.put("at", a.at().toString());
    try {
      return JSON.writeValueAsBytes(fields);
    } catch (JsonProcessingException e) {
      throw new TailorException(ErrorCode.RUNTIME, "cannot write an alert as JSON", e);
    }
  }

  /** Hex HMAC-SHA256 of {@code body} under {@code secret}. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new TailorException(ErrorCode.RUNTIME, "HMAC-SHA256 is not available", e);
    }
  }

  /** The host only: a webhook URL's path may hold a token that must not reach the logs. */
  private String host() {
    return settings.url().getScheme() + "://" + settings.url().getAuthority();
  }
}
