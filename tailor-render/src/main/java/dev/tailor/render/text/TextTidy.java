package dev.tailor.render.text;

/**
 * {@link TextPartWriter#tidy} as a stream: text is fed in pieces (entities of the model's five
 * decoded on the way) and tidied as it comes, without copying the whole text first. Spaces
 * collapsed, lines stripped, at most one blank line in a row, one final newline; only {@code
 * newline} breaks lines.
 */
final class TextTidy {
  private final char newline;
  private final StringBuilder out;
  private final StringBuilder pending = new StringBuilder();
  private int newlines;

  TextTidy(char newline, int capacity) {
    this.newline = newline;
    this.out = new StringBuilder(capacity);
  }

  /** Feeds {@code s[from, to)} as it is. */
  void feed(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!special(c)) {
        int j = i + 1;
        while (j < to && TextPartWriter.isPlain(s.charAt(j))) {
          j++;
        }
        text(s, i, j);
        i = j - 1;
      } else {
        space(c);
      }
    }
  }

  /** Feeds {@code s[from, to)} with the five entities of the model decoded. */
  void feedDecoded(String s, int from, int to) {
    int amp = s.indexOf('&', from);
    while (amp >= 0 && amp < to) {
      feed(s, from, amp);
      int len = entity(s, amp, to);
      if (len == 0) {
        feed(s, amp, amp + 1);
        from = amp + 1;
      } else {
        char c = decoded(s.charAt(amp + 1));
        text(String.valueOf(c), 0, 1);
        from = amp + len;
      }
      amp = s.indexOf('&', from);
    }
    feed(s, from, to);
  }

  String finish() {
    return out.append('\n').toString();
  }

  /** True for what is not copied as text: breaks, whitespace, invisible characters. */
  private boolean special(char c) {
    return (c <= ' ' || c >= 0x7f)
        && (c == newline
            || TextPartWriter.isCollapsible(c)
            || c == '\u200b'
            || c == '\u00ad'
            || Character.isWhitespace(c));
  }

  private void space(char c) {
    if (c == newline) {
      newlines++;
      pending.setLength(0);
    } else if (TextPartWriter.isCollapsible(c)) {
      if (pending.length() == 0 || pending.charAt(pending.length() - 1) != ' ') {
        pending.append(' ');
      }
    } else if (c != '\u200b' && c != '\u00ad') {
      pending.append(c);
    }
  }

  private void text(String s, int from, int to) {
    if (out.length() > 0) {
      if (newlines > 0) {
        out.append('\n');
        if (newlines >= 2) {
          out.append('\n');
        }
      } else {
        out.append(pending);
      }
    }
    pending.setLength(0);
    newlines = 0;
    out.append(s, from, to);
  }

  /** The length of the entity at {@code at} (one of the five), else 0. */
  private static int entity(String s, int at, int to) {
    if (s.startsWith("&amp;", at) && at + 5 <= to) {
      return 5;
    }
    if (s.startsWith("&quot;", at) && at + 6 <= to) {
      return 6;
    }
    if (s.startsWith("&#39;", at) && at + 5 <= to) {
      return 5;
    }
    if ((s.startsWith("&lt;", at) || s.startsWith("&gt;", at)) && at + 4 <= to) {
      return 4;
    }
    return 0;
  }

  private static char decoded(char first) {
    return switch (first) {
      case 'a' -> '&';
      case 'q' -> '"';
      case '#' -> '\'';
      case 'l' -> '<';
      default -> '>';
    };
  }
}
