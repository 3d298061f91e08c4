package dev.tailor.render.text;

/** The HTML entities the model's escaping produces. */
public final class Entities {
  private Entities() {}

  /** {@code &amp; &lt; &gt; &quot; &#39;} decoded in one pass; any other text is kept. */
  public static String unescape(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, amp);
    int i = amp;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '&') {
        if (s.startsWith("&amp;", i)) {
          sb.append('&');
          i += 5;
          continue;
        } else if (s.startsWith("&quot;", i)) {
          sb.append('"');
          i += 6;
          continue;
        } else if (s.startsWith("&#39;", i)) {
          sb.append('\'');
          i += 5;
          continue;
        } else if (s.startsWith("&lt;", i)) {
          sb.append('<');
          i += 4;
          continue;
        } else if (s.startsWith("&gt;", i)) {
          sb.append('>');
          i += 4;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /** True when every {@code &} of the text starts one of the five entities. */
  static boolean onlyFive(String s) {
    int amp = s.indexOf('&');
    while (amp >= 0) {
      if (!(s.startsWith("&amp;", amp)
          || s.startsWith("&lt;", amp)
          || s.startsWith("&gt;", amp)
          || s.startsWith("&quot;", amp)
          || s.startsWith("&#39;", amp))) {
        return false;
      }
      amp = s.indexOf('&', amp + 1);
    }
    return true;
  }
}
