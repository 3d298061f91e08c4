package dev.tailor.core.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fully rendered email, ready for a transport.
 *
 * @param messageId Tailor's id of the message (unique per campaign recipient); transports use it as
 *     the idempotency key and put it in the {@code Message-ID} and {@code X-Tailor-Message} headers
 * @param from the sender address, e.g. {@code "Shop <news@shop.example>"}
 * @param to the recipient address
 * @param subject the subject line
 * @param html the HTML part
 * @param text the plain-text part
 * @param headers extra headers in order (e.g. {@code List-Unsubscribe}, {@code
 *     List-Unsubscribe-Post})
 * @param metadata what an export hands on besides the MIME parts (customer id, campaign, variant,
 *     the decision as JSON); never written as headers
 */
public record OutgoingEmail(
    String messageId,
    String from,
    String to,
    String subject,
    String html,
    String text,
    Map<String, String> headers,
    Map<String, String> metadata) {
  public OutgoingEmail {
    requireText(messageId, "messageId");
    requireText(from, "from");
    requireText(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    headers = headers == null ? Map.of() : unmodifiable(headers);
    metadata = metadata == null ? Map.of() : unmodifiable(metadata);
    for (var e : headers.entrySet()) {
      if (containsLineBreak(e.getKey()) || containsLineBreak(e.getValue())) {
        throw new IllegalArgumentException("header " + e.getKey() + " contains a line break");
      }
    }
    if (containsLineBreak(subject) || containsLineBreak(to) || containsLineBreak(from)) {
      throw new IllegalArgumentException("subject, from and to must not contain line breaks");
    }
  }

  private static Map<String, String> unmodifiable(Map<String, String> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static boolean containsLineBreak(String s) {
    return s != null && (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
