package dev.tailor.web.server;

import java.util.function.BiConsumer;

/** The headers every answer carries. */
public final class CommonHeaders {
  private CommonHeaders() {}

  /** Gives each header's name and value. */
  public static void forEach(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("Referrer-Policy", "same-origin");
    header.accept("X-Frame-Options", "SAMEORIGIN");
  }
}
