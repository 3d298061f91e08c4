package dev.tailor.render.headers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code List-Unsubscribe} (HTTPS one-click URL and a mailto) and {@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click} headers of RFC 8058.
 */
public final class UnsubscribeHeaders {
  private UnsubscribeHeaders() {}

  /** The two headers, in order. */
  public static Map<String, String> of(String oneClickUrl, String mailbox, String messageId) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(
        "List-Unsubscribe",
        "<"
            + oneClickUrl
            + ">, <mailto:"
            + mailbox
            + "?subject=unsubscribe%20"
            + java.net.URLEncoder.encode(messageId, java.nio.charset.StandardCharsets.UTF_8)
            + ">");
    h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return h;
  }
}
