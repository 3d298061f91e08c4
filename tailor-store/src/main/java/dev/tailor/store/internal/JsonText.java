package dev.tailor.store.internal;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON text stored in list and map columns (tags, category path, custom attributes): a JSON
 * array of strings or a JSON object of string values. Any character round-trips, delimiters and
 * control characters included, and both databases can query the text as JSON.
 */
public final class JsonText {
  private JsonText() {}

  public static String ofList(List<String> values) {
    StringBuilder out = new StringBuilder(values.size() * 16 + 2).append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      quote(values.get(i), out);
    }
    return out.append(']').toString();
  }

  public static String ofMap(Map<String, String> values) {
    StringBuilder out = new StringBuilder(values.size() * 32 + 2).append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(e.getKey(), out);
      out.append(':');
      quote(e.getValue(), out);
    }
    return out.append('}').toString();
  }

  /** The strings of a JSON array; null or blank text is an empty list. */
  public static List<String> toList(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    Reader r = new Reader(json);
    List<String> out = new ArrayList<>();
    r.expect('[');
    if (!r.skipIf(']')) {
      do {
        out.add(r.string());
      } while (r.skipIf(','));
      r.expect(']');
    }
    r.end();
    return Collections.unmodifiableList(out);
  }

  /** The entries of a JSON object of strings; null or blank text is an empty map. */
  public static Map<String, String> toMap(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    Reader r = new Reader(json);
    Map<String, String> out = new TreeMap<>();
    r.expect('{');
    if (!r.skipIf('}')) {
      do {
        String key = r.string();
        r.expect(':');
        out.put(key, r.string());
      } while (r.skipIf(','));
      r.expect('}');
    }
    r.end();
    return out;
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A cursor over JSON text that reads the few shapes this class writes. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    void expect(char c) {
      skipSpace();
      if (pos >= text.length() || text.charAt(pos) != c) {
        throw bad("expected '" + c + "'");
      }
      pos++;
    }

    boolean skipIf(char c) {
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    void end() {
      skipSpace();
      if (pos != text.length()) {
        throw bad("unexpected text after the value");
      }
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
        } else if (pos < text.length()) {
          out.append(escaped(text.charAt(pos++)));
        }
      }
      throw bad("unterminated string");
    }

    private char escaped(char c) {
      return switch (c) {
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'u' -> unicode();
        default -> c; // \" \\ \/
      };
    }

    private char unicode() {
      if (pos + 4 > text.length()) {
        throw bad("truncated \\u escape");
      }
      char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private TailorException bad(String what) {
      return new TailorException(
          ErrorCode.STORE, "stored JSON text is invalid at offset " + pos + ": " + what);
    }
  }
}
