package dev.tailor.strategy.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on: a mapping, a sequence or a scalar ({@code null} text for
 * an empty value). Built from Jackson's streaming parser, whose {@code JsonLocation} gives the
 * lines that error messages name.
 */
final class YamlNode {
  final String key;
  final int line;
  final Map<String, YamlNode> fields;
  final List<YamlNode> items;
  final String text;

  private YamlNode(
      String key, int line, Map<String, YamlNode> fields, List<YamlNode> items, String text) {
    this.key = key;
    this.line = line;
    this.fields = fields;
    this.items = items;
    this.text = text;
  }

  boolean isMap() {
    return fields != null;
  }

  boolean isList() {
    return items != null;
  }

  /** Reads the value at the parser's current token. */
  static YamlNode read(JsonParser p, String key) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> fields = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        p.nextToken();
        YamlNode v = read(p, key.isEmpty() ? name : key + "." + name);
        if (fields.put(name, v.atLine(Math.min(keyLine, v.line))) != null) {
          throw new DuplicateKey(v.key, keyLine);
        }
      }
      return new YamlNode(key, line, fields, null, null);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(p, key + "[" + items.size() + "]"));
      }
      return new YamlNode(key, line, null, items, null);
    }
    return new YamlNode(key, line, null, null, t == JsonToken.VALUE_NULL ? null : p.getText());
  }

  private YamlNode atLine(int l) {
    return new YamlNode(key, l, fields, items, text);
  }

  /** A key given twice in one mapping. */
  static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final int line;

    DuplicateKey(String key, int line) {
      super(key);
      this.key = key;
      this.line = line;
    }
  }
}
