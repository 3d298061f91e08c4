package dev.tailor.render.links;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds UTM parameters to a URL, keeping any the URL already has. */
public final class Utm {
  private Utm() {}

  /**
   * The URL with {@code utm_source=tailor}, {@code utm_medium=email}, {@code utm_campaign} and
   * {@code utm_content} added where absent.
   */
  public static String tag(String url, String campaign, String content) {
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    String base = hash < 0 ? url : url.substring(0, hash);
    Map<String, String> add = new LinkedHashMap<>();
    add.put("utm_source", "tailor");
    add.put("utm_medium", "email");
    add.put("utm_campaign", campaign);
    add.put("utm_content", content);
    StringBuilder sb = new StringBuilder(base);
    char sep = base.indexOf('?') < 0 ? '?' : '&';
    for (Map.Entry<String, String> e : add.entrySet()) {
      if (!base.contains("?" + e.getKey() + "=") && !base.contains("&" + e.getKey() + "=")) {
        sb.append(sep).append(e.getKey()).append('=').append(TrackingLinks.enc(e.getValue()));
        sep = '&';
      }
    }
    return sb.append(fragment).toString();
  }
}
