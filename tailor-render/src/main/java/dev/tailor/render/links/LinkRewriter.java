package dev.tailor.render.links;

import dev.tailor.render.text.Entities;
import java.util.HashMap;
import java.util.Map;

/**
 * Tracks a message's links: every http(s) link to elsewhere becomes a signed click-tracking URL
 * carrying UTM parameters. Compiled layouts call it from the Liquid render ({@code tailor_track} on
 * every link's {@code href}, {@code tailor_pixel} right after {@code <body>} so Gmail's 102 KB
 * clipping cannot cut the open pixel off). A {@link Session} signs each distinct URL of one message
 * once, for the HTML and the text part.
 */
public final class LinkRewriter {
  private final TrackingLinks links;

  public LinkRewriter(TrackingLinks links) {
    this.links = links;
  }

  /** The tracked URLs of one message; not thread-safe, one per render. */
  public final class Session {
    private final String campaignId;
    private final String messageId;

    /** Unescaped URL to its click URL and the same escaped. */
    private final Map<String, String[]> tracked = new HashMap<>();

    /**
     * An {@code href} value as rendered to the value written for it: the HTML and the text part
     * pass the same value strings (an item's URL, a link of the model), whose hash is kept, so a
     * second pass finds its answer without unescaping and hashing the URL again.
     */
    private final Map<String, String> attributes = new HashMap<>();

    private Session(String campaignId, String messageId) {
      this.campaignId = campaignId;
      this.messageId = messageId;
    }

    /**
     * One URL (unescaped): an http(s) link to elsewhere becomes its signed click URL with UTM
     * parameters; anything else is returned as is.
     */
    public String track(String url) {
      return isTrackable(url) ? clicks(url)[0] : url;
    }

    /**
     * An {@code href} value as rendered (HTML-escaped) to the value to write: the tracked URL,
     * escaped, or the value unchanged.
     */
    public String attribute(String raw) {
      String written = attributes.get(raw);
      if (written == null) {
        String url = unescape(raw);
        written = isTrackable(url) ? clicks(url)[1] : raw;
        attributes.put(raw, written);
      }
      return written;
    }

    private String[] clicks(String url) {
      String[] c = tracked.get(url);
      if (c == null) {
        c = links.clickBoth(messageId, Utm.tag(url, campaignId, "link"));
        tracked.put(url, c);
      }
      return c;
    }

    /** The open pixel's {@code <img>}. */
    public String pixel() {
      return "<img src=\""
          + escape(links.openPixel(messageId))
          + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;width:1px;height:1px;"
          + "border:0;overflow:hidden\" />";
    }
  }

  /** A session for one message. */
  public Session session(String campaignId, String messageId) {
    return new Session(campaignId, messageId);
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
