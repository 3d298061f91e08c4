package dev.tailor.mail.mime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 2047 encoding of header text. Plain printable ASCII stays as it is, unless it holds {@code
 * =?} (which a reader would otherwise decode as an encoded word); anything else becomes a run of
 * UTF-8 base64 encoded words of at most 75 characters, split between code points and folded onto
 * continuation lines.
 */
final class EncodedWords {
  private static final int MAX_BYTES_PER_WORD = 45; // 60 base64 chars + 12 of "=?UTF-8?B??="

  private EncodedWords() {}

  /** The header value to write for {@code text} in a header named {@code name}. */
  static String headerValue(String name, String text) {
    if (isPlainAscii(text) && !text.contains("=?")) {
      return fold(name.length() + 2, text);
    }
    return encode(text);
  }

  static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 126 || (c < 32 && c != '\t')) {
        return false;
      }
    }
    return true;
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    Base64.Encoder base64 = Base64.getEncoder();
    int i = 0;
    while (i < text.length()) {
      int bytes = 0;
      int end = i;
      while (end < text.length()) {
        int cp = text.codePointAt(end);
        int len = utf8Length(cp);
        if (bytes + len > MAX_BYTES_PER_WORD) {
          break;
        }
        bytes += len;
        end += Character.charCount(cp);
      }
      if (out.length() > 0) {
        out.append("\r\n ");
      }
      byte[] chunk = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
      out.append("=?UTF-8?B?").append(base64.encodeToString(chunk)).append("?=");
      i = end;
    }
    return out.toString();
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    return cp < 0x10000 ? 3 : 4;
  }

  /** Folds plain ASCII at spaces so that lines stay under 78 characters where possible. */
  private static String fold(int used, String text) {
    if (used + text.length() <= 76) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int lineLength = used;
    int start = 0;
    while (start < text.length()) {
      int space = text.indexOf(' ', start + 1);
      int end = space < 0 ? text.length() : space;
      if (lineLength + (end - start) > 76 && start > 0 && text.charAt(start) == ' ') {
        out.append("\r\n");
        lineLength = 0;
      }
      out.append(text, start, end);
      lineLength += end - start;
      start = end;
    }
    return out.toString();
  }
}
