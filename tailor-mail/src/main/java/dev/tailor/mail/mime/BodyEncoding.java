package dev.tailor.mail.mime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The transfer encoding of a UTF-8 text part, chosen from its content and applied here in one pass
 * (Jakarta Mail's own encoder streams work a byte at a time and took most of the build time):
 *
 * <ul>
 *   <li>{@code 7bit} when every character is ASCII and no line exceeds 998 bytes;
 *   <li>{@code quoted-printable} when at most a third of the characters are non-ASCII (Latin text,
 *       HTML): readable, lines of at most 76 characters with soft breaks;
 *   <li>{@code base64} otherwise (Cyrillic, CJK, ...), which is smaller for such text.
 * </ul>
 *
 * {@link #of} takes text with CRLF line ends; {@link #encode} any line ends.
 *
 * @param name the {@code Content-Transfer-Encoding} value
 * @param body the encoded body, ASCII only
 */
record BodyEncoding(String name, String body) {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final int MAX_QP_LINE = 76;

  /**
   * A text part encoded for the wire.
   *
   * @param name the {@code Content-Transfer-Encoding} value
   * @param body the encoded body, ASCII bytes with CRLF line ends
   */
  record Encoded(String name, byte[] body) {}

  static BodyEncoding of(String crlfText) {
    Encoded e = encode(crlfText);
    return new BodyEncoding(e.name(), new String(e.body(), StandardCharsets.ISO_8859_1));
  }

  /**
   * Encodes {@code text} with any line ends (CR, LF or CRLF; CRLF on the wire). Works on the UTF-8
   * bytes in one pass that writes quoted-printable and counts what the choice needs (characters, as
   * {@link #of} always did); 7bit or base64 text is written again when chosen.
   */
  static Encoded encode(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    if (in.length == text.length()) {
      // every character is ASCII: 7bit unless a line is too long or a NUL appears
      byte[] seven = sevenBit(in);
      if (seven != null) {
        return new Encoded("7bit", seven);
      }
    }
    int[] stats = new int[3];
    byte[] qp = quotedPrintableBytes(in, stats);
    int chars = stats[0];
    int nonAscii = stats[1];
    int longest = stats[2];
    if (nonAscii == 0 && longest <= 998) {
      return new Encoded("7bit", crlf(in));
    }
    if ((long) nonAscii * 3 > chars) {
      return new Encoded(
          "base64", Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(crlf(in)));
    }
    return new Encoded("quoted-printable", qp);
  }

  /**
   * ASCII text with CRLF line ends, or null when a line exceeds 998 characters (its CR counted) or
   * the text holds a NUL. One pass: skips eight bytes at a time to the next control character and,
   * from the first bare CR or LF on, copies each line with a CRLF after it.
   */
  private static byte[] sevenBit(byte[] in) {
    int n = in.length;
    int lineStart = 0;
    byte[] out = null; // null while every line break so far is CRLF: the input itself will do
    int k = 0;
    for (int i = nextControl(in, 0); i < n; i = nextControl(in, i + 1)) {
      byte b = in[i];
      if (b == 0) {
        return null;
      }
      if (b != '\r' && b != '\n') {
        continue;
      }
      if (i - lineStart + 1 > 998) {
        return null;
      }
      boolean pair = b == '\r' && i + 1 < n && in[i + 1] == '\n';
      if (out == null && !pair) {
        out = new byte[n + (n >> 4) + 16];
        k = 0;
        lineStart = 0; // copy from the start: the lines before are already CRLF
      }
      if (out != null) {
        int len = i - lineStart;
        if (out.length - k < len + 2) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, k + len + 2 + (n - i)));
        }
        System.arraycopy(in, lineStart, out, k, len);
        k += len;
        out[k++] = '\r';
        out[k++] = '\n';
      }
      if (pair) {
        i++;
      }
      lineStart = i + 1;
    }
    if (n - lineStart > 998) {
      return null;
    }
    if (out == null) {
      return in;
    }
    int len = n - lineStart;
    byte[] exact = Arrays.copyOf(out, k + len);
    System.arraycopy(in, lineStart, exact, k, len);
    return exact;
  }

  /** {@code in} with every CR, LF or CRLF written as CRLF. */
  private static byte[] crlf(byte[] in) {
    int n = in.length;
    int size = n;
    for (int i = nextBreak(in, 0); i < n; i = nextBreak(in, i + 1)) {
      if (in[i] == '\n' && (i == 0 || in[i - 1] != '\r')) {
        size++;
      } else if (in[i] == '\r' && (i + 1 == n || in[i + 1] != '\n')) {
        size++;
      }
    }
    return size == n ? in : crlf(in, size);
  }

  /** {@code in}, {@code size} bytes once every CR, LF or CRLF is CRLF, copied run by run. */
  private static byte[] crlf(byte[] in, int size) {
    int n = in.length;
    byte[] out = new byte[size];
    int k = 0;
    int run = 0;
    for (int i = nextBreak(in, 0); i < n; i = nextBreak(in, run)) {
      System.arraycopy(in, run, out, k, i - run);
      k += i - run;
      if (in[i] == '\r' && i + 1 < n && in[i + 1] == '\n') {
        i++;
      }
      out[k++] = '\r';
      out[k++] = '\n';
      run = i + 1;
    }
    System.arraycopy(in, run, out, k, n - run);
    return out;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * How many of the eight bytes, from the first, are printable ASCII or space (0x20..0x7E) but
   * {@code =}. Each test flags the lowest byte that fails it exactly (a borrow only runs upwards
   * from a byte that fails), so the lowest flag of all is the first byte to encode.
   */
  private static int plainPrefix(long x) {
    long eq = x ^ (ONES * '=');
    long del = x ^ (ONES * 0x7F);
    long bad = (x | ((x - ONES * 0x20) & ~x) | ((eq - ONES) & ~eq) | ((del - ONES) & ~del)) & HIGHS;
    return bad == 0 ? 8 : Long.numberOfTrailingZeros(bad) >>> 3;
  }

  /**
   * The index of the first byte below 0x0E (NUL, CR, LF and other controls) at or after {@code
   * from} in ASCII {@code in}, or its length. Eight bytes at a time: for bytes below 0x80, {@code
   * (x - 0x0E..0E) & ~x & 0x80..80} is non-zero exactly when one of them is below 0x0E.
   */
  static int nextControl(byte[] in, int from) {
    int n = in.length;
    int i = from;
    while (i + 8 <= n) {
      long x = (long) LONGS.get(in, i);
      if (((x - ONES * 0x0E) & ~x & HIGHS) != 0) {
        break;
      }
      i += 8;
    }
    while (i < n && in[i] > '\r') {
      i++;
    }
    return i;
  }

  /**
   * The index of the first CR or LF at or after {@code from} in {@code in} (any bytes), or its
   * length. Eight bytes at a time: a word holds a zero byte exactly when {@code (v - 0x01..01) & ~v
   * & 0x80..80} is non-zero, applied to the word XOR each line-end byte.
   */
  static int nextBreak(byte[] in, int from) {
    int n = in.length;
    int i = from;
    while (i + 8 <= n) {
      long x = (long) LONGS.get(in, i);
      long lf = x ^ (ONES * '\n');
      long cr = x ^ (ONES * '\r');
      if (((((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGHS) != 0) {
        break;
      }
      i += 8;
    }
    while (i < n && in[i] != '\r' && in[i] != '\n') {
      i++;
    }
    return i;
  }

  /** RFC 2045 quoted-printable of text whose line breaks are CRLF. */
  static String quotedPrintable(byte[] in) {
    return new String(quotedPrintableBytes(in, new int[3]), StandardCharsets.ISO_8859_1);
  }

  /**
   * Quoted-printable of UTF-8 text; a CR, LF or CRLF in the input is a line break, written CRLF.
   * Counts into {@code stats}: characters (line breaks as two), characters beyond ASCII or NUL, the
   * longest line in characters (its CR included).
   */
  private static byte[] quotedPrintableBytes(byte[] in, int[] stats) {
    int len = in.length;
    byte[] out = new byte[len + (len >> 2) + 16];
    int n = 0;
    int lineLength = 0;
    int chars = 0;
    int nonAscii = 0;
    int line = 0; // characters of the input line
    int longest = 0;
    for (int i = 0; i < len; i++) {
      if (out.length - n < 8) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      if (i + 8 < len && lineLength < MAX_QP_LINE - 1) {
        // up to eight literals at once, as many as the quick path below would take one by one:
        // the plain bytes that fit before a soft break, without a space that ends its line
        long x = (long) LONGS.get(in, i);
        int k = Math.min(plainPrefix(x), MAX_QP_LINE - 1 - lineLength);
        if (k > 0 && in[i + k - 1] == ' ' && SPACE_ENDS[in[i + k] & 0xff]) {
          k--;
        }
        if (k > 0) {
          LONGS.set(out, n, x);
          n += k;
          i += k - 1;
          lineLength += k;
          line += k;
          continue;
        }
      }
      int b = in[i] & 0xff;
      if ((LITERAL[b] || (SPACE[b] && i + 1 < len && !SPACE_ENDS[in[i + 1] & 0xff]))
          && lineLength < MAX_QP_LINE - 1) {
        // the common case: a literal (a space or tab too, unless the line ends after it) with
        // room left for it and a soft break
        out[n++] = (byte) b;
        lineLength++;
        line++;
        continue;
      }
      if (b == '\r' || b == '\n') {
        if (b == '\r' && i + 1 < len && in[i + 1] == '\n') {
          i++;
        }
        out[n++] = '\r';
        out[n++] = '\n';
        lineLength = 0;
        chars += line + 2;
        longest = Math.max(longest, line + 1);
        line = 0;
        continue;
      }
      if (b < 0x80 || (b & 0xC0) == 0xC0) {
        // a character starts here (a 4-byte one is a surrogate pair: two)
        int c = b >= 0xF0 ? 2 : 1;
        line += c;
        if (b >= 0x80 || b == 0) {
          nonAscii += c;
        }
      }
      boolean lineEnds = i + 1 == len || in[i + 1] == '\r' || in[i + 1] == '\n';
      boolean literal = LITERAL[b] || ((b == ' ' || b == '\t') && !lineEnds);
      int width = literal ? 1 : 3;
      // keep room for a soft break "=" unless this is the last character of the line
      int limit = lineEnds ? MAX_QP_LINE : MAX_QP_LINE - 1;
      if (lineLength + width > limit) {
        out[n++] = '=';
        out[n++] = '\r';
        out[n++] = '\n';
        lineLength = 0;
      }
      if (literal) {
        out[n++] = (byte) b;
      } else {
        out[n++] = '=';
        out[n++] = (byte) HEX[b >> 4];
        out[n++] = (byte) HEX[b & 0xf];
      }
      lineLength += width;
    }
    stats[0] = chars + line;
    stats[1] = nonAscii;
    stats[2] = Math.max(longest, line);
    return java.util.Arrays.copyOf(out, n);
  }

  /** Printable ASCII but {@code =}: written as they are. */
  private static final boolean[] LITERAL = new boolean[256];

  /** Space and tab: literal unless they end a line. */
  private static final boolean[] SPACE = new boolean[256];

  /** CR and LF: a space or tab before them ends its line. */
  private static final boolean[] SPACE_ENDS = new boolean[256];

  static {
    for (int b = 33; b <= 126; b++) {
      LITERAL[b] = b != '=';
    }
    SPACE[' '] = true;
    SPACE['\t'] = true;
    SPACE_ENDS['\r'] = true;
    SPACE_ENDS['\n'] = true;
  }
}
