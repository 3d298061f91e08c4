package dev.tailor.render.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites every http(s) {@code href} of rendered HTML to a signed click-tracking URL carrying UTM
 * parameters, and places the open pixel right after {@code <body>} so Gmail's 102 KB clipping
 * cannot cut it off. Works on the HTML text (no DOM) so it stays cheap per recipient.
 */
public final class LinkRewriter {
  private static final Pattern HREF = Pattern.compile("(\\shref=\")([^\"]*)(\")");
  private static final Pattern BODY = Pattern.compile("<body[^>]*>");

  private final TrackingLinks links;

  public LinkRewriter(TrackingLinks links) {
    this.links = links;
  }

  /** The HTML with tracked links and the open pixel. */
  public String rewrite(String html, String campaignId, String messageId) {
    Matcher m = HREF.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 4096);
    while (m.find()) {
      String raw = m.group(2);
      String url = unescape(raw);
      String replaced = raw;
      if (isTrackable(url)) {
        String target = Utm.tag(url, campaignId, "link");
        replaced = escape(links.click(messageId, target));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replaced + m.group(3)));
    }
    m.appendTail(out);
    return placePixel(out.toString(), messageId);
  }

  private String placePixel(String html, String messageId) {
    String pixel =
        "<img src=\""
            + escape(links.openPixel(messageId))
            + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;width:1px;height:1px;"
            + "border:0;overflow:hidden\" />";
    Matcher body = BODY.matcher(html);
    if (body.find()) {
      return html.substring(0, body.end()) + pixel + html.substring(body.end());
    }
    return pixel + html;
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
