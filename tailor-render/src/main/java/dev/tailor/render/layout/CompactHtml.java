package dev.tailor.render.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a compiled layout smaller and cheaper to render, without changing how it displays: every
 * whitespace run that holds a line break becomes one line break (MJML indents deeply), and when a
 * layout's static text is mostly Latin-1, its few other characters (an emoji, a curly quote) are
 * written as numeric character references, so a rendered email stays a compact one-byte-per-char
 * Java string unless the recipient's data needs more. Text inside {@code <pre>}, {@code <textarea>}
 * and {@code <style>} (where references are not decoded) is left alone.
 */
final class CompactHtml {
  private static final Pattern KEEP =
      Pattern.compile(
          "<(pre|textarea|style)\\b.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern BREAK_RUN = Pattern.compile("[ \\t\\r\\f]*\\n\\s*");

  /** At most this share of non-Latin-1 characters is written as references. */
  private static final double MAX_WIDE_SHARE = 0.02;

  private CompactHtml() {}

  static String compact(String html) {
    long wide = html.chars().filter(c -> c > 0xff).count();
    boolean references = wide > 0 && wide <= html.length() * MAX_WIDE_SHARE;
    StringBuilder out = new StringBuilder(html.length());
    Matcher keep = KEEP.matcher(html);
    int from = 0;
    while (keep.find()) {
      out.append(squeeze(html.substring(from, keep.start()), references));
      String kept = keep.group();
      boolean style = keep.group(1).equalsIgnoreCase("style");
      out.append(style ? BREAK_RUN.matcher(kept).replaceAll("\n") : kept);
      from = keep.end();
    }
    out.append(squeeze(html.substring(from), references));
    return out.toString();
  }

  private static String squeeze(String part, boolean references) {
    String s = BREAK_RUN.matcher(part).replaceAll("\n");
    if (!references) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 64);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp > 0xff) {
                sb.append("&#").append(cp).append(';');
              } else {
                sb.append((char) cp);
              }
            });
    return sb.toString();
  }
}
