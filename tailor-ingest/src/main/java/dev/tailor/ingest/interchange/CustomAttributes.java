package dev.tailor.ingest.interchange;

import dev.tailor.ingest.read.Row;
import java.util.HashMap;
import java.util.Map;

/** The unknown, non-empty fields of a row, kept as custom attributes. */
final class CustomAttributes {
  private CustomAttributes() {}

  static Map<String, String> of(Row row, Target target) {
    Map<String, String> attributes = null;
    for (String name : row.names()) {
      if (!target.knows(name)) {
        String v = row.get(name).strip();
        if (!v.isEmpty()) {
          if (attributes == null) {
            attributes = new HashMap<>();
          }
          attributes.put(name, v);
        }
      }
    }
    return attributes == null ? Map.of() : attributes;
  }
}
