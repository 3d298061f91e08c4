package dev.tailor.core.access;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Locale;

/** What an API key may do. */
public enum ApiKeyKind {
  /**
   * May only send events ({@code POST /v1/track}, {@code POST /v1/identify}): safe in a browser.
   */
  PUBLIC,
  /** May call every endpoint: keep it on servers. */
  PRIVATE;

  /** {@code public} or {@code private}, as stored and shown. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code public} or {@code private} (any case). */
  public static ApiKeyKind parse(String text) {
    if (text != null) {
      for (ApiKeyKind k : values()) {
        if (k.label().equalsIgnoreCase(text.strip())) {
          return k;
        }
      }
    }
    throw new TailorException(
        ErrorCode.BAD_INPUT, "key kind must be public or private, not '" + text + "'");
  }
}
