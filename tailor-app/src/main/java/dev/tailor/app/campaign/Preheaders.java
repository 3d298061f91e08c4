package dev.tailor.app.campaign;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The preheader of a rendered email, read back from its HTML: MJML writes {@code <mj-preview>} as
 * the first hidden {@code div} of the body, padded with invisible characters.
 */
final class Preheaders {
  private Preheaders() {}

  static String of(String html) {
    Element body = Jsoup.parse(html).body();
    for (Element e : body.select("div[style]")) {
      String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
      if (style.contains("display:none")) {
        return e.text()
            .replaceAll("[\\u034f\\u200b\\u200c\\u200d\\u00a0\\u2007\\u00ad]", "")
            .strip();
      }
    }
    return "";
  }
}
