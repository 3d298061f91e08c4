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
    StringBuilder sb = new StringBuilder(s.length());
    int from = 0;
    while (amp >= 0) {
      char c;
      int len;
      if (s.startsWith("&amp;", amp)) {
        c = '&';
        len = 5;
      } else if (s.startsWith("&quot;", amp)) {
        c = '"';
        len = 6;
      } else if (s.startsWith("&#39;", amp)) {
        c = '\'';
        len = 5;
      } else if (s.startsWith("&lt;", amp)) {
        c = '<';
        len = 4;
      } else if (s.startsWith("&gt;", amp)) {
        c = '>';
        len = 4;
      } else {
        amp = s.indexOf('&', amp + 1);
        continue;
      }
      sb.append(s, from, amp).append(c);
      from = amp + len;
      amp = s.indexOf('&', from);
    }
    return sb.append(s, from, s.length()).toString();
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
