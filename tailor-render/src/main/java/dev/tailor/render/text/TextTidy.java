package dev.tailor.render.text;

/**
 * {@link TextPartWriter#tidy} as a stream: text is fed in pieces (entities of the model's five
 * decoded on the way) and tidied as it comes, without copying the whole text first. Spaces
 * collapsed, lines stripped, at most one blank line in a row, one final newline; only {@code
 * newline} breaks lines.
 */
final class TextTidy {
  private final char newline;

  /** The tidied text so far. */
  private char[] out;

  private int length;

  /** The whitespace seen since the last text, written before the next text of the same line. */
  private final StringBuilder pending = new StringBuilder();

  private int newlines;

  /** The piece being fed, copied once (reading a char array is cheaper than a string's chars). */
  private char[] in = new char[256];

  private final char[] one = new char[1];

  TextTidy(char newline, int capacity) {
    this.newline = newline;
    this.out = new char[Math.max(capacity, 16)];
  }

  /** Feeds {@code s[from, to)} as it is. */
  void feed(String s, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    if (in.length < n) {
      in = new char[Math.max(n, in.length * 2)];
    }
    char[] a = in;
    s.getChars(from, to, a, 0);
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (!special(c)) {
        int j = i + 1;
        while (j < n && TextPartWriter.isPlain(a[j])) {
          j++;
        }
        text(a, i, j);
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
        one[0] = decoded(s.charAt(amp + 1));
        text(one, 0, 1);
        from = amp + len;
      }
      amp = s.indexOf('&', from);
    }
    feed(s, from, to);
  }

  String finish() {
    ensure(1);
    out[length++] = '\n';
    return new String(out, 0, length);
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

  private void text(char[] a, int from, int to) {
    if (length > 0) {
      if (newlines > 0) {
        ensure(2);
        out[length++] = '\n';
        if (newlines >= 2) {
          out[length++] = '\n';
        }
      } else {
        int p = pending.length();
        ensure(p);
        pending.getChars(0, p, out, length);
        length += p;
      }
    }
    pending.setLength(0);
    newlines = 0;
    int n = to - from;
    ensure(n);
    System.arraycopy(a, from, out, length, n);
    length += n;
  }

  private void ensure(int more) {
    if (length + more > out.length) {
      out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
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
