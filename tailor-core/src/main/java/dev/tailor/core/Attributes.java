package dev.tailor.core;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Helpers for the custom attributes that customers and products carry. */
public final class Attributes {
  private Attributes() {}

  /** An unmodifiable, key-sorted copy; {@code null} becomes empty. Null values are dropped. */
  public static Map<String, String> copyOf(Map<String, String> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return Map.of();
    }
    TreeMap<String, String> copy = new TreeMap<>();
    attributes.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return Collections.unmodifiableMap(copy);
  }
}
