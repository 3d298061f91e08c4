package dev.tailor.web;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.web.server.ClientAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens.
 *
 * @param host the address to bind ({@code 127.0.0.1} by default; {@code 0.0.0.0} for all)
 * @param port the port, 0 for any free one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param secureCookies mark the session cookie {@code Secure} (set when served behind https)
 * @param drainTimeout how long a stop waits for requests in flight
 * @param trustedProxies networks (CIDR) of reverse proxies whose {@code X-Forwarded-For} names the
 *     client; empty (the default) trusts no such header
 */
public record WebSettings(
    String host,
    int port,
    long maxBodyBytes,
    boolean secureCookies,
    Duration drainTimeout,
    List<String> trustedProxies) {
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

  public WebSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new TailorException(ErrorCode.BAD_INPUT, "port must be 0..65535, not " + port);
    }
    if (maxBodyBytes < 1_024) {
      throw new TailorException(ErrorCode.CONFIG, "max body size must be at least 1024 bytes");
    }
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    trustedProxies = List.copyOf(trustedProxies);
    try {
      ClientAddress.trusting(trustedProxies);
    } catch (TailorException e) {
      throw new TailorException(ErrorCode.CONFIG, "trusted proxies: " + e.getMessage());
    }
  }

  public static WebSettings defaults() {
    return new WebSettings(
        "127.0.0.1",
        DEFAULT_PORT,
        DEFAULT_MAX_BODY_BYTES,
        false,
        Duration.ofSeconds(10),
        List.of());
  }

  public WebSettings withPort(int p) {
    return new WebSettings(host, p, maxBodyBytes, secureCookies, drainTimeout, trustedProxies);
  }

  public WebSettings withHost(String h) {
    return new WebSettings(h, port, maxBodyBytes, secureCookies, drainTimeout, trustedProxies);
  }

  public WebSettings withSecureCookies(boolean secure) {
    return new WebSettings(host, port, maxBodyBytes, secure, drainTimeout, trustedProxies);
  }

  public WebSettings withMaxBodyBytes(long max) {
    return new WebSettings(host, port, max, secureCookies, drainTimeout, trustedProxies);
  }

  public WebSettings withTrustedProxies(List<String> networks) {
    return new WebSettings(host, port, maxBodyBytes, secureCookies, drainTimeout, networks);
  }
}
