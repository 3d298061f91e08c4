package dev.tailor.app.alerts;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where alerts are posted ({@code tailor.alerts.webhook-*} in the configuration).
 *
 * @param url an {@code http} or {@code https} URL without credentials in it
 * @param secret when given, each request carries {@code X-Tailor-Signature: sha256=HEX}, the
 *     HMAC-SHA256 of the body under this secret, so the receiver can check who sent it
 * @param timeout how long connecting and answering may take together (5 s), 1 to 60 s
 */
public record WebhookSettings(URI url, Optional<String> secret, Duration timeout) {
  public WebhookSettings {
    Objects.requireNonNull(url, "url");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw bad("webhook-url must be an http or https URL, not '" + url + "'");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw bad("webhook-url has no host: '" + url + "'");
    }
    if (url.getRawUserInfo() != null) {
      throw bad("webhook-url must not carry credentials; use webhook-secret");
    }
    Objects.requireNonNull(secret, "secret");
    if (secret.isPresent() && secret.get().length() < 16) {
      throw bad("webhook-secret must be at least 16 characters");
    }
    if (timeout == null
        || timeout.compareTo(Duration.ofSeconds(1)) < 0
        || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
      throw bad("webhook-timeout must lie between 1 s and 60 s, not " + timeout);
    }
  }

  /** Settings for {@code url} with no secret and a 5 s timeout. */
  public static WebhookSettings of(URI url) {
    return new WebhookSettings(url, Optional.empty(), Duration.ofSeconds(5));
  }

  private static TailorException bad(String message) {
    return new TailorException(ErrorCode.CONFIG, "tailor.alerts." + message);
  }
}
