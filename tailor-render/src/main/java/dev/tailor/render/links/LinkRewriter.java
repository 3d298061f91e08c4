package dev.tailor.render.links;

import dev.tailor.render.text.Entities;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites every http(s) {@code href} of rendered HTML to a signed click-tracking URL carrying UTM
 * parameters, and places the open pixel right after {@code <body>} so Gmail's 102 KB clipping
 * cannot cut it off. Works on the HTML text in one pass (no DOM) so it stays cheap per recipient. A
 * {@link Session} signs each distinct URL of one message once, for the HTML and the text part.
 */
public final class LinkRewriter {
  private static final String HREF = " href=\"";

  private final TrackingLinks links;

  public LinkRewriter(TrackingLinks links) {
    this.links = links;
  }

  /** The tracked URLs of one message; not thread-safe, one per render. */
  public final class Session {
    private final String campaignId;
    private final String messageId;
    private final Map<String, String> tracked = new HashMap<>();

    private Session(String campaignId, String messageId) {
      this.campaignId = campaignId;
      this.messageId = messageId;
    }

    /**
     * One URL (unescaped): an http(s) link to elsewhere becomes its signed click URL with UTM
     * parameters; anything else is returned as is.
     */
    public String track(String url) {
      if (!isTrackable(url)) {
        return url;
      }
      return tracked.computeIfAbsent(
          url, u -> links.click(messageId, Utm.tag(u, campaignId, "link")));
    }

    /** The HTML with tracked links and the open pixel. */
    public String rewrite(String html) {
      Chars out = new Chars(html.length() + 8192);
      int body = html.indexOf("<body");
      int bodyEnd = body < 0 ? -1 : html.indexOf('>', body);
      int pixelAt = bodyEnd < 0 ? 0 : bodyEnd + 1;
      boolean pixelPlaced = false;
      int from = 0;
      int at;
      while ((at = html.indexOf(HREF, from)) >= 0) {
        int start = at + HREF.length();
        int end = html.indexOf('"', start);
        if (end < 0) {
          break;
        }
        if (!pixelPlaced && pixelAt <= start) {
          out.append(html, from, pixelAt).append(pixel());
          from = pixelAt;
          pixelPlaced = true;
        }
        out.append(html, from, start);
        String raw = html.substring(start, end);
        String url = unescape(raw);
        String t = track(url);
        out.append(t == url ? raw : escape(t));
        from = end;
      }
      if (!pixelPlaced) {
        int to = Math.max(from, pixelAt);
        out.append(html, from, to).append(pixel());
        from = to;
      }
      return out.append(html, from, html.length()).toString();
    }

    /**
     * An {@code href} value as rendered (HTML-escaped) to the value to write: the tracked URL,
     * escaped, or the value unchanged.
     */
    public String attribute(String raw) {
      String url = unescape(raw);
      String t = track(url);
      return t == url ? raw : escape(t);
    }

    /** The open pixel's {@code <img>}. */
    public String pixel() {
      return "<img src=\""
          + escape(links.openPixel(messageId))
          + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;width:1px;height:1px;"
          + "border:0;overflow:hidden\" />";
    }
  }

  /**
   * A growable char array: String.getChars copies ranges in bulk (StringBuilder copies by char).
   */
  private static final class Chars {
    private char[] a;
    private int n;

    Chars(int capacity) {
      a = new char[capacity];
    }

    Chars append(String s) {
      return append(s, 0, s.length());
    }

    Chars append(String s, int from, int to) {
      int len = to - from;
      if (n + len > a.length) {
        a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + len));
      }
      s.getChars(from, to, a, n);
      n += len;
      return this;
    }

    @Override
    public String toString() {
      return new String(a, 0, n);
    }
  }

  /** A session for one message. */
  public Session session(String campaignId, String messageId) {
    return new Session(campaignId, messageId);
  }

  /** The HTML with tracked links and the open pixel. */
  public String rewrite(String html, String campaignId, String messageId) {
    return session(campaignId, messageId).rewrite(html);
  }

  private boolean isTrackable(String url) {
    int i = 0;
    int n = url.length();
    while (i < n && Character.isWhitespace(url.charAt(i))) {
      i++;
    }
    boolean http =
        url.regionMatches(true, i, "https://", 0, 8) || url.regionMatches(true, i, "http://", 0, 7);
    return http && !links.isOwn(url);
  }

  static String unescape(String s) {
    return Entities.unescape(s);
  }

  static String escape(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && s.charAt(i) != '&' && s.charAt(i) != '"') {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '&') {
        sb.append("&amp;");
      } else if (c == '"') {
        sb.append("&quot;");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
