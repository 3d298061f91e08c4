package dev.tailor.render.links;

/** Adds UTM parameters to a URL, keeping any the URL already has. */
public final class Utm {
  private static final String[] KEYS = {
    "utm_source=", "utm_medium=", "utm_campaign=", "utm_content="
  };

  private Utm() {}

  /**
   * The URL with {@code utm_source=tailor}, {@code utm_medium=email}, {@code utm_campaign} and
   * {@code utm_content} added where absent.
   */
  public static String tag(String url, String campaign, String content) {
    int hash = url.indexOf('#');
    int end = hash < 0 ? url.length() : hash;
    int query = url.indexOf('?');
    boolean hasQuery = query >= 0 && query < end;
    if (hasQuery
        && has(url, end, KEYS[0])
        && has(url, end, KEYS[1])
        && has(url, end, KEYS[2])
        && has(url, end, KEYS[3])) {
      return url; // already tagged (a product link of the model, tracked)
    }
    String[] values = {"tailor", "email", campaign, content};
    StringBuilder sb = new StringBuilder(end + 80 + campaign.length() + content.length());
    sb.append(url, 0, end);
    char sep = hasQuery ? '&' : '?';
    for (int k = 0; k < KEYS.length; k++) {
      if (!hasQuery || !has(url, end, KEYS[k])) {
        sb.append(sep).append(KEYS[k]);
        TrackingLinks.appendEncoded(sb, values[k]);
        sep = '&';
      }
    }
    return sb.append(url, end, url.length()).toString();
  }

  /** True when the URL's part before {@code end} has the parameter {@code key} ("name="). */
  private static boolean has(String url, int end, String key) {
    int i = url.indexOf(key, 1);
    while (i > 0 && i + key.length() <= end) {
      char before = url.charAt(i - 1);
      if (before == '?' || before == '&') {
        return true;
      }
      i = url.indexOf(key, i + 1);
    }
    return false;
  }
}
