package dev.tailor.render.links;

/**
 * Rewrites every http(s) {@code href} of rendered HTML to a signed click-tracking URL carrying UTM
 * parameters, and places the open pixel right after {@code <body>} so Gmail's 102 KB clipping
 * cannot cut it off. Works on the HTML text (no DOM) so it stays cheap per recipient.
 */
public final class LinkRewriter {
  private static final String HREF = " href=\"";

  private final TrackingLinks links;

  public LinkRewriter(TrackingLinks links) {
    this.links = links;
  }

  /** The HTML with tracked links and the open pixel. */
  public String rewrite(String html, String campaignId, String messageId) {
    StringBuilder out = new StringBuilder(html.length() + 4096);
    int from = 0;
    int at;
    while ((at = html.indexOf(HREF, from)) >= 0) {
      int start = at + HREF.length();
      int end = html.indexOf('"', start);
      if (end < 0) {
        break;
      }
      out.append(html, from, start);
      String raw = html.substring(start, end);
      String url = unescape(raw);
      if (isTrackable(url)) {
        out.append(escape(links.click(messageId, Utm.tag(url, campaignId, "link"))));
      } else {
        out.append(raw);
      }
      from = end;
    }
    out.append(html, from, html.length());
    return placePixel(out, messageId);
  }

  private String placePixel(StringBuilder html, String messageId) {
    String pixel =
        "<img src=\""
            + escape(links.openPixel(messageId))
            + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;width:1px;height:1px;"
            + "border:0;overflow:hidden\" />";
    int body = html.indexOf("<body");
    int close = body < 0 ? -1 : html.indexOf(">", body);
    html.insert(close < 0 ? 0 : close + 1, pixel);
    return html.toString();
  }

  private boolean isTrackable(String url) {
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && !links.isOwn(url);
  }

  static String unescape(String s) {
    return s.indexOf('&') < 0
        ? s
        : s.replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;");
  }
}
