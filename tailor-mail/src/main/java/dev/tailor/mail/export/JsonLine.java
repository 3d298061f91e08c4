package dev.tailor.mail.export;

import dev.tailor.core.mail.OutgoingEmail;
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

  static String of(OutgoingEmail email) {
    StringBuilder sb =
        new StringBuilder(email.html().length() + email.text().length() + 512).append('{');
    field(sb, "message_id", email.messageId()).append(',');
    field(sb, "to", email.to()).append(',');
    field(sb, "from", email.from()).append(',');
    field(sb, "subject", email.subject()).append(',');
    field(sb, "html", email.html()).append(',');
    field(sb, "text", email.text()).append(',');
    object(sb, "headers", email.headers()).append(',');
    object(sb, "metadata", email.metadata());
    return sb.append("}\n").toString();
  }

  private static StringBuilder field(StringBuilder sb, String name, String value) {
    string(sb, name).append(':');
    return string(sb, value);
  }

  private static StringBuilder object(StringBuilder sb, String name, Map<String, String> map) {
    string(sb, name).append(":{");
    boolean first = true;
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      field(sb, e.getKey(), e.getValue() == null ? "" : e.getValue());
    }
    return sb.append('}');
  }

  /** {@code s} as a JSON string; runs of characters that need no escape are copied at once. */
  static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != '\u2028' && c != '\u2029') {
        continue;
      }
      sb.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.append(s, run, s.length()).append('"');
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
