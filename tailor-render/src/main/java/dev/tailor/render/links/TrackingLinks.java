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
 *   <li>feedback: {@code BASE/f/MESSAGE?v=up|down&s=SIG} with SIG over (message,
 *       "feedback:up|down")
 * </ul>
 */
public final class TrackingLinks {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final String baseUrl;
  private final LinkSigner signer;

  public TrackingLinks(String baseUrl, LinkSigner signer) {
    this.baseUrl = baseUrl;
    this.signer = signer;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The click-tracking URL that redirects to the target. */
  public String click(String messageId, String target) {
    return baseUrl
        + "/c/"
        + enc(messageId)
        + "?u="
        + enc(target)
        + "&s="
        + signer.sign(messageId, target);
  }

  public String openPixel(String messageId) {
    return baseUrl + "/o/" + enc(messageId) + ".gif?s=" + signer.sign(messageId, "open");
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
    return url.startsWith(baseUrl + "/");
  }

  static String enc(String s) {
    // the same as URLEncoder.encode(s, UTF_8), without its per-call encoder for the usual ASCII URL
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '*'
              || c == '_';
      if (plain && sb == null) {
        continue;
      }
      if (c >= 0x80) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 32).append(s, 0, i);
      }
      if (plain) {
        sb.append(c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
