package dev.tailor.render.model;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.net.URI;
import java.time.Duration;

/**
 * Sender settings and limits for rendering.
 *
 * @param baseUrl HTTPS base of the tracking endpoints (click redirect, open pixel, unsubscribe),
 *     without a trailing slash
 * @param signingKey secret for the HMAC-SHA256 signatures of tracking links (at least 16 chars)
 * @param senderAddress the From address; also receives {@code mailto:} unsubscribes
 * @param postalAddress the sender's postal address, printed in every footer (CAN-SPAM)
 * @param maxRenderTime longest a template may take to render for one recipient
 * @param maxOutputBytes largest HTML a template may produce for one recipient
 */
public record RenderConfig(
    String baseUrl,
    String signingKey,
    String senderAddress,
    String postalAddress,
    Duration maxRenderTime,
    int maxOutputBytes) {

  public RenderConfig {
    baseUrl = require("base-url", baseUrl);
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    URI uri = parse(baseUrl);
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw bad("base-url", "must be an http(s) URL, got " + baseUrl);
    }
    signingKey = require("signing-key", signingKey);
    if (signingKey.length() < 16) {
      throw bad("signing-key", "must be at least 16 characters");
    }
    senderAddress = require("sender-address", senderAddress);
    if (!senderAddress.contains("@")) {
      throw bad("sender-address", "must be an email address, got " + senderAddress);
    }
    postalAddress = require("postal-address", postalAddress);
    if (maxRenderTime == null || maxRenderTime.isNegative() || maxRenderTime.isZero()) {
      throw bad("max-render-time", "must be positive");
    }
    if (maxOutputBytes < 1024) {
      throw bad("max-output-bytes", "must be at least 1024");
    }
  }

  /** A config with the default limits: 1 s per render, 512 KB of HTML. */
  public static RenderConfig of(
      String baseUrl, String signingKey, String senderAddress, String postalAddress) {
    return new RenderConfig(
        baseUrl, signingKey, senderAddress, postalAddress, Duration.ofSeconds(1), 512 * 1024);
  }

  private static URI parse(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw bad("base-url", "is not a URL: " + url);
    }
  }

  private static String require(String key, String value) {
    if (value == null || value.isBlank()) {
      throw bad(key, "is required");
    }
    return value.strip();
  }

  private static TailorException bad(String key, String problem) {
    return new TailorException(ErrorCode.CONFIG, "tailor.render." + key + " " + problem);
  }
}
