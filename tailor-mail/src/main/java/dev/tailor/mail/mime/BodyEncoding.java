package dev.tailor.mail.mime;

import java.nio.charset.StandardCharsets;
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
   * Encodes {@code text} with any line ends (CR, LF or CRLF, made CRLF here, in the same pass that
   * counts what the choice of encoding needs).
   */
  static Encoded encode(String text) {
    int n = text.length();
    char[] crlf = new char[n + (n >> 4) + 16];
    int k = 0;
    int nonAscii = 0;
    int line = 0;
    int longest = 0;
    for (int i = 0; i < n; i++) {
      if (crlf.length - k < 2) {
        crlf = java.util.Arrays.copyOf(crlf, crlf.length * 2);
      }
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        crlf[k++] = '\r';
        crlf[k++] = '\n';
        longest = Math.max(longest, line + 1); // the CR counted too (one byte conservative)
        line = 0;
        continue;
      }
      if (c > 127 || c == 0) {
        nonAscii++;
      }
      crlf[k++] = c;
      line++;
      longest = Math.max(longest, line);
    }
    String normalized = new String(crlf, 0, k);
    if (nonAscii == 0 && longest <= 998) {
      return new Encoded("7bit", normalized.getBytes(StandardCharsets.US_ASCII));
    }
    byte[] bytes = normalized.getBytes(StandardCharsets.UTF_8);
    if ((long) nonAscii * 3 > k) {
      return new Encoded(
          "base64", Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(bytes));
    }
    return new Encoded("quoted-printable", quotedPrintableBytes(bytes));
  }

  /** RFC 2045 quoted-printable of text whose line breaks are CRLF. */
  static String quotedPrintable(byte[] in) {
    return new String(quotedPrintableBytes(in), StandardCharsets.ISO_8859_1);
  }

  private static byte[] quotedPrintableBytes(byte[] in) {
    byte[] out = new byte[in.length + in.length / 4 + 16];
    int n = 0;
    int lineLength = 0;
    for (int i = 0; i < in.length; i++) {
      if (out.length - n < 8) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      int b = in[i] & 0xff;
      if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
        out[n++] = '\r';
        out[n++] = '\n';
        lineLength = 0;
        i++;
        continue;
      }
      boolean lineEnds =
          i + 1 == in.length || (in[i + 1] == '\r' && i + 2 < in.length && in[i + 2] == '\n');
      boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lineEnds);
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
    return java.util.Arrays.copyOf(out, n);
  }
}
