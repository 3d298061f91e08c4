package dev.tailor.campaign.pipeline;

/**
 * JSON strings and numbers appended as Jackson's generator writes them with its default settings:
 * {@code "} and the backslash escaped with a backslash, the control characters below U+0020 as
 * {@code \b \t \n \f \r} or the six-character escape of their code (backslash, {@code u00} and two
 * upper-case hex digits), everything else as it is; a null string as {@code null}; a double as
 * {@link Double#toString}, NaN and the infinities quoted.
 */
final class JsonStrings {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonStrings() {}

  static void quote(StringBuilder out, String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    int run = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, run, i);
      run = i + 1;
      out.append('\\');
      switch (c) {
        case '"', '\\' -> out.append(c);
        case '\b' -> out.append('b');
        case '\t' -> out.append('t');
        case '\n' -> out.append('n');
        case '\f' -> out.append('f');
        case '\r' -> out.append('r');
        default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    out.append(s, run, n).append('"');
  }

  static void number(StringBuilder out, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append('"').append(d).append('"');
    } else {
      out.append(d);
    }
  }
}
