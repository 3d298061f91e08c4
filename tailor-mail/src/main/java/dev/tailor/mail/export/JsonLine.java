package dev.tailor.mail.export;

import dev.tailor.core.mail.OutgoingEmail;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One export line: a JSON object with {@code message_id} first (so a reopen can read the ids
 * without parsing whole lines), then {@code to}, {@code from}, {@code subject}, {@code html},
 * {@code text}, {@code headers} and {@code metadata} (objects of strings), and a final newline.
 * Every control character, quote, backslash and the line and paragraph separators U+2028/U+2029 are
 * escaped, so a line never holds a raw newline.
 */
final class JsonLine {
  static final String PREFIX = "{\"message_id\":\"";

  private JsonLine() {}

  /** The line of {@code email}, UTF-8 encoded. */
  static byte[] of(OutgoingEmail email) {
    JsonLine out = new JsonLine(email.html().length() + email.text().length() + 1024);
    out.raw('{');
    out.field("message_id", email.messageId()).raw(',');
    out.field("to", email.to()).raw(',');
    out.field("from", email.from()).raw(',');
    out.field("subject", email.subject()).raw(',');
    out.field("html", email.html()).raw(',');
    out.field("text", email.text()).raw(',');
    out.object("headers", email.headers()).raw(',');
    out.object("metadata", email.metadata());
    out.raw('}').raw('\n');
    return Arrays.copyOf(out.buf, out.count);
  }

  private byte[] buf;
  private int count;

  private JsonLine(int capacity) {
    buf = new byte[capacity];
  }

  private JsonLine field(String name, String value) {
    string(name).raw(':');
    return string(value);
  }

  private JsonLine object(String name, Map<String, String> map) {
    string(name).raw(':').raw('{');
    boolean first = true;
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (!first) {
        raw(',');
      }
      first = false;
      field(e.getKey(), e.getValue() == null ? "" : e.getValue());
    }
    return raw('}');
  }

  private JsonLine raw(char c) {
    ensure(1);
    buf[count++] = (byte) c;
    return this;
  }

  private void ensure(int more) {
    if (buf.length - count < more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }
  }

  /**
   * {@code s} as a JSON string, from its UTF-8 bytes: runs that need no escape are copied at once,
   * found eight bytes at a time. Escaped are the controls, {@code "}, backslash, DEL and the line
   * and paragraph separators U+2028/U+2029 (UTF-8 {@code E2 80 A8/A9}).
   */
  private JsonLine string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    ensure(b.length + 2);
    buf[count++] = '"';
    int run = 0;
    int n = b.length;
    for (int i = nextSpecial(b, 0); i < n; i = nextSpecial(b, i + 1)) {
      int c = b[i] & 0xff;
      boolean separator =
          c == 0xE2 && i + 2 < n && b[i + 1] == (byte) 0x80 && (b[i + 2] & 0xfe) == 0xA8;
      if (c == 0xE2 && !separator) {
        continue; // another character starting with E2: as it is
      }
      copy(b, run, i);
      String escape =
          switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0xE2 -> b[i + 2] == (byte) 0xA8 ? "\\u2028" : "\\u2029";
            default -> String.format("\\u%04x", c);
          };
      ensure(escape.length() + (n - i) + 1);
      for (int k = 0; k < escape.length(); k++) {
        buf[count++] = (byte) escape.charAt(k);
      }
      if (separator) {
        i += 2;
      }
      run = i + 1;
    }
    copy(b, run, n);
    ensure(1);
    buf[count++] = '"';
    return this;
  }

  private void copy(byte[] b, int from, int to) {
    ensure(to - from + 1);
    System.arraycopy(b, from, buf, count, to - from);
    count += to - from;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The index of the first byte at or after {@code from} that may need an escape (below 0x20,
   * {@code "}, backslash, 0x7F, or 0xE2 which starts U+2028/U+2029), or the length. Eight bytes at
   * a time: each test flags the lowest byte that meets it exactly.
   */
  static int nextSpecial(byte[] b, int from) {
    int n = b.length;
    int i = from;
    while (i + 8 <= n) {
      long x = (long) LONGS.get(b, i);
      long q = x ^ (ONES * '"');
      long s = x ^ (ONES * '\\');
      long d = x ^ (ONES * 0x7F);
      long e = x ^ (ONES * 0xE2);
      long hit =
          ((x - ONES * 0x20) & ~x)
              | ((q - ONES) & ~q)
              | ((s - ONES) & ~s)
              | ((d - ONES) & ~d)
              | ((e - ONES) & ~e);
      if ((hit & HIGHS) != 0) {
        return i + (Long.numberOfTrailingZeros(hit & HIGHS) >>> 3);
      }
      i += 8;
    }
    while (i < n && !SPECIAL[b[i] & 0xff]) {
      i++;
    }
    return i;
  }

  private static final boolean[] SPECIAL = new boolean[256];

  static {
    for (int c = 0; c < 0x20; c++) {
      SPECIAL[c] = true;
    }
    SPECIAL['"'] = true;
    SPECIAL['\\'] = true;
    SPECIAL[0x7F] = true;
    SPECIAL[0xE2] = true;
  }

  /**
   * The message id of a line that starts with {@link #PREFIX}, or null when the start is not a
   * well-formed export line.
   */
  static String messageIdOf(String start) {
    if (!start.startsWith(PREFIX)) {
      return null;
    }
    StringBuilder id = new StringBuilder();
    for (int i = PREFIX.length(); i < start.length(); i++) {
      char c = start.charAt(i);
      if (c == '"') {
        return id.toString();
      }
      if (c != '\\') {
        id.append(c);
        continue;
      }
      if (++i >= start.length()) {
        return null;
      }
      char e = start.charAt(i);
      switch (e) {
        case '"', '\\', '/' -> id.append(e);
        case 'n' -> id.append('\n');
        case 'r' -> id.append('\r');
        case 't' -> id.append('\t');
        case 'b' -> id.append('\b');
        case 'f' -> id.append('\f');
        case 'u' -> {
          if (i + 4 >= start.length()) {
            return null;
          }
          try {
            id.append((char) Integer.parseInt(start.substring(i + 1, i + 5), 16));
          } catch (NumberFormatException ex) {
            return null;
          }
          i += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }
}
