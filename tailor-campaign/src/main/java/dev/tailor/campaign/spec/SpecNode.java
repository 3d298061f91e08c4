package dev.tailor.campaign.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A node of the campaign file with its key path, for reading values with precise errors. */
final class SpecNode {
  private final String file;
  private final String path;
  private final JsonNode node;

  SpecNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  String path() {
    return path.isEmpty() ? "(top level)" : path;
  }

  TailorException error(String problem) {
    return new TailorException(ErrorCode.BAD_INPUT, file + ": " + path() + ": " + problem);
  }

  boolean isMissing() {
    return node == null || node.isMissingNode() || node.isNull();
  }

  /** Fails on keys outside {@code allowed}, listing the allowed ones. */
  SpecNode object(Set<String> allowed) {
    if (!node.isObject()) {
      throw error("must be a mapping of keys " + new TreeSet<>(allowed));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!allowed.contains(k)) {
        throw child(k)
            .error("unknown key; allowed here: " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return this;
  }

  SpecNode child(String key) {
    String p = path.isEmpty() ? key : path + "." + key;
    return new SpecNode(file, p, node == null ? null : node.get(key));
  }

  List<SpecNode> list() {
    if (!node.isArray()) {
      throw error("must be a list");
    }
    List<SpecNode> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(new SpecNode(file, path + "[" + i + "]", node.get(i)));
    }
    return out;
  }

  List<String> stringList() {
    if (isMissing()) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    List<String> out = new ArrayList<>();
    for (SpecNode n : list()) {
      out.add(n.text());
    }
    return out;
  }

  Iterator<String> keys() {
    return node.fieldNames();
  }

  String text() {
    if (isMissing() || !node.isValueNode() || node.asText().isBlank()) {
      throw error("must be a non-empty text");
    }
    return node.asText().strip();
  }

  Optional<String> optionalText() {
    return isMissing() ? Optional.empty() : Optional.of(text());
  }

  double number(double min, double max) {
    if (isMissing() || !node.isNumber()) {
      throw error("must be a number between " + min + " and " + max);
    }
    double v = node.asDouble();
    if (!(v >= min && v <= max)) {
      throw error("must lie between " + min + " and " + max + ", got " + v);
    }
    return v;
  }

  double number(double min, double max, double fallback) {
    return isMissing() ? fallback : number(min, max);
  }

  int integer(int min, int max, int fallback) {
    if (isMissing()) {
      return fallback;
    }
    if (!node.isIntegralNumber()) {
      throw error("must be a whole number between " + min + " and " + max);
    }
    long v = node.asLong();
    if (v < min || v > max) {
      throw error("must lie between " + min + " and " + max + ", got " + v);
    }
    return (int) v;
  }

  Optional<Boolean> bool() {
    if (isMissing()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw error("must be true or false");
    }
    return Optional.of(node.asBoolean());
  }

  /** One of {@code values} (lower-case, '_' or '-' alike), as the matching upper-case name. */
  String choice(String fallback, String... values) {
    if (isMissing()) {
      return fallback.toUpperCase(java.util.Locale.ROOT);
    }
    String v = text().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    for (String allowed : values) {
      if (allowed.equals(v)) {
        return v.toUpperCase(java.util.Locale.ROOT);
      }
    }
    throw error("must be one of " + String.join(", ", values) + ", got '" + text() + "'");
  }
}
