package dev.tailor.core.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One fully rendered email, ready for a transport.
 *
 * <p>The constructor refuses what could smuggle extra headers or recipients into the message: line
 * breaks or NUL in any header, subject or address; a header name that is not an RFC 5322 field name
 * (printable ASCII without a colon); an extra header that would replace one the transport writes
 * itself ({@link #RESERVED_HEADERS}); a {@code to} or {@code from} holding more than one address.
 *
 * @param messageId Tailor's id of the message (unique per campaign recipient); transports use it as
 *     the idempotency key and put it in the {@code Message-ID} and {@code X-Tailor-Message} headers
 * @param from the sender address, e.g. {@code "Shop <news@shop.example>"}
 * @param to the recipient address (exactly one)
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

  /**
   * Header names (lower case) that transports write themselves and that {@link #headers()} may not
   * set: addressing, subject, identity, date and the MIME structure.
   */
  public static final Set<String> RESERVED_HEADERS =
      Set.of(
          "from",
          "to",
          "cc",
          "bcc",
          "sender",
          "subject",
          "date",
          "message-id",
          "mime-version",
          "content-type",
          "content-transfer-encoding",
          "return-path",
          "received",
          "x-tailor-message");

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
      requireFieldName(e.getKey());
      Objects.requireNonNull(e.getValue(), "value of header " + e.getKey());
    }
    if (containsLineBreak(subject)
        || containsLineBreak(to)
        || containsLineBreak(from)
        || containsLineBreak(messageId)) {
      throw new IllegalArgumentException(
          "subject, from, to and messageId must not contain line breaks");
    }
    requireSingleAddress(to, "to");
    requireSingleAddress(from, "from");
  }

  /**
   * The bare address of {@code to}: what stands between the angle brackets, or the whole value
   * trimmed when there are none.
   */
  public String toAddress() {
    return bareAddress(to);
  }

  /** The bare address of {@code from}, as {@link #toAddress()}. */
  public String fromAddress() {
    return bareAddress(from);
  }

  /** The bare address in {@code "Shop <news@shop.example>"}: {@code news@shop.example}. */
  public static String bareAddress(String address) {
    String s = address.trim();
    int open = s.lastIndexOf('<');
    int close = s.lastIndexOf('>');
    if (open >= 0 && close > open) {
      s = s.substring(open + 1, close).trim();
    }
    return s;
  }

  private static void requireFieldName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 33 || c > 126 || c == ':') {
        throw new IllegalArgumentException(
            "header name '" + name + "' may hold printable ASCII except ':' and spaces only");
      }
    }
    if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "header " + name + " is written by the transport and cannot be set as an extra header");
    }
  }

  /** Refuses a comma or semicolon outside quotes and angle brackets, and a missing '@'. */
  private static void requireSingleAddress(String value, String name) {
    boolean quoted = false;
    boolean escaped = false;
    int angle = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (quoted && c == '\\') {
        escaped = true;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        angle++;
      } else if (!quoted && c == '>') {
        angle--;
      } else if (!quoted && angle == 0 && (c == ',' || c == ';')) {
        throw new IllegalArgumentException(name + " must hold exactly one address: " + value);
      }
    }
    String bare = bareAddress(value);
    int at = bare.lastIndexOf('@');
    if (at <= 0 || at == bare.length() - 1 || bare.indexOf(' ') >= 0 || bare.indexOf(',') >= 0) {
      throw new IllegalArgumentException(name + " is not an email address: " + value);
    }
  }

  private static Map<String, String> unmodifiable(Map<String, String> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static boolean containsLineBreak(String s) {
    return s != null && (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
