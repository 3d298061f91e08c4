package dev.tailor.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A node of a mapping file with its key path, so every error can say where it is. */
final class YamlNode {
  private final String mapping;
  private final String key;
  private final JsonNode node;

  YamlNode(String mapping, String key, JsonNode node) {
    this.mapping = mapping;
    this.key = key;
    this.node = node;
  }

  String key() {
    return key;
  }

  String mapping() {
    return mapping;
  }

  MappingException error(String problem) {
    return MappingException.at(mapping, key.isEmpty() ? "top level" : key, problem);
  }

  boolean isObject() {
    return node.isObject();
  }

  boolean isScalar() {
    return node.isValueNode() && !node.isNull();
  }

  /** The scalar's text; numbers as written by YAML's parser, e.g. {@code 4.0}. */
  String text() {
    if (!isScalar()) {
      throw error("expected a single value");
    }
    return node.asText();
  }

  boolean has(String child) {
    return node.isObject() && node.has(child) && !node.get(child).isNull();
  }

  YamlNode get(String child) {
    if (!has(child)) {
      throw error("'" + child + "' is required");
    }
    return new YamlNode(mapping, join(child), node.get(child));
  }

  Optional<YamlNode> find(String child) {
    return has(child) ? Optional.of(get(child)) : Optional.empty();
  }

  Optional<String> text(String child) {
    return find(child).map(YamlNode::text);
  }

  boolean bool(String child, boolean otherwise) {
    Optional<YamlNode> v = find(child);
    if (v.isEmpty()) {
      return otherwise;
    }
    return switch (v.get().text()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw v.get().error("expected true or false");
    };
  }

  /** The entries of an object, in file order. */
  Map<String, YamlNode> entries() {
    if (!node.isObject()) {
      throw error("expected a set of 'key: value' entries");
    }
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      out.put(e.getKey(), new YamlNode(mapping, join(e.getKey()), e.getValue()));
    }
    return out;
  }

  /** The items of a list; a single value counts as a list of one. */
  List<YamlNode> items() {
    List<YamlNode> out = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new YamlNode(mapping, key + "[" + i + "]", node.get(i)));
      }
    } else {
      out.add(this);
    }
    return out;
  }

  /** Fails on any key not in {@code allowed}. */
  void allowOnly(Set<String> allowed) {
    for (String k : entries().keySet()) {
      if (!allowed.contains(k)) {
        throw error("unknown key '" + k + "' (expected one of " + new TreeSet<>(allowed) + ")");
      }
    }
  }

  private String join(String child) {
    return key.isEmpty() ? child : key + "." + child;
  }
}
