package dev.tailor.render.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The tracking URLs of one message, all under the configured base URL and signed:
 *
 * <ul>
 *   <li>click: {@code BASE/c/MESSAGE?u=TARGET&s=SIG} with SIG over (message, target)
 *   <li>open pixel: {@code BASE/o/MESSAGE.gif?s=SIG} with SIG over (message, "open")
 *   <li>one-click unsubscribe: {@code BASE/u/MESSAGE?s=SIG} with SIG over (message, "unsubscribe")
 *   <li>view in browser: {@code BASE/v/MESSAGE?s=SIG} with SIG over (message, "view")
 *   <li>feedback: {@code BASE/f/MESSAGE?v=up|down&s=SIG} with SIG over (message,
 *       "feedback:up|down")
 * </ul>
 */
public final class TrackingLinks {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** ASCII characters URL-encoding keeps as they are. */
  private static final boolean[] PLAIN = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      PLAIN[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '*'
              || c == '_';
    }
  }

  /** Each thread's room for one encoded text (reused: a message encodes ~40 URLs). */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

  private static final int MAX_KEPT_BUFFER = 1 << 14;

  private final String baseUrl;
  private final LinkSigner signer;

  /** True when the base URL needs no HTML escaping. */
  private final boolean plainBase;

  public TrackingLinks(String baseUrl, LinkSigner signer) {
    this.baseUrl = baseUrl;
    this.signer = signer;
    this.plainBase = baseUrl.indexOf('&') < 0 && baseUrl.indexOf('"') < 0;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The click-tracking URL that redirects to the target. */
  public String click(String messageId, String target) {
    return clickBoth(messageId, target)[0];
  }

  /**
   * The click URL and the same HTML-escaped for an attribute, built together: the encoded parts
   * hold neither {@code &} nor {@code "}, so only the base URL and the separator need escaping.
   */
  String[] clickBoth(String messageId, String target) {
    String signature = signer.sign(messageId, target);
    StringBuilder sb =
        new StringBuilder(baseUrl.length() + messageId.length() + target.length() * 2 + 64);
    sb.append(baseUrl).append("/c/");
    appendEncoded(sb, messageId);
    sb.append("?u=");
    appendEncoded(sb, target);
    int separator = sb.length();
    sb.append("&s=").append(signature);
    String url = sb.toString();
    String escaped =
        plainBase ? sb.insert(separator + 1, "amp;").toString() : LinkRewriter.escape(url);
    return new String[] {url, escaped};
  }

  public String openPixel(String messageId) {
    return baseUrl + "/o/" + enc(messageId) + ".gif?s=" + signer.sign(messageId, "open");
  }

  /** The message's "view in browser" page. */
  public String viewInBrowser(String messageId) {
    return baseUrl + "/v/" + enc(messageId) + "?s=" + signer.sign(messageId, "view");
  }

  public String unsubscribe(String messageId) {
    return baseUrl + "/u/" + enc(messageId) + "?s=" + signer.sign(messageId, "unsubscribe");
  }

  public String feedback(String messageId, boolean useful) {
    String v = useful ? "up" : "down";
    return baseUrl
        + "/f/"
        + enc(messageId)
        + "?v="
        + v
        + "&s="
        + signer.sign(messageId, "feedback:" + v);
  }

  /** True for URLs this class made (they are not tracked again). */
  public boolean isOwn(String url) {
    int n = baseUrl.length();
    return url.length() > n && url.charAt(n) == '/' && url.startsWith(baseUrl);
  }

  static String enc(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && isPlain(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 32);
    appendEncoded(sb, s);
    return sb.toString();
  }

  /**
   * Appends the text URL-encoded: the same as {@code URLEncoder.encode(s, UTF_8)}, without its
   * per-call encoder for the usual ASCII URL.
   */
  static void appendEncoded(StringBuilder sb, String s) {
    int n = s.length();
    char[] buf = BUFFER.get();
    if (buf.length < n * 3) {
      buf = new char[n * 3];
      if (buf.length <= MAX_KEPT_BUFFER) {
        BUFFER.set(buf); // a rare longer text gets an array of its own, not kept
      }
    }
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        sb.append(buf, 0, len).append(URLEncoder.encode(s.substring(i), StandardCharsets.UTF_8));
        return;
      }
      if (PLAIN[c]) {
        buf[len++] = c;
      } else if (c == ' ') {
        buf[len++] = '+';
      } else {
        buf[len++] = '%';
        buf[len++] = HEX[c >> 4];
        buf[len++] = HEX[c & 0xF];
      }
    }
    // one copy of ASCII chars into the builder (appending char by char costs a check per char)
    sb.append(buf, 0, len);
  }

  private static boolean isPlain(char c) {
    return c < 0x80 && PLAIN[c];
  }
}
