package dev.tailor.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One flat JSON object, keys in insertion order, printed on one line. */
final class JsonLine {
  private final Map<String, Object> values = new LinkedHashMap<>();

  JsonLine put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  /** A number rounded to {@code decimals}. */
  JsonLine put(String key, double value, int decimals) {
    double scale = Math.pow(10, decimals);
    values.put(key, Math.round(value * scale) / scale);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      if (v instanceof Number || v instanceof Boolean) {
        sb.append(String.format(Locale.ROOT, "%s", v));
      } else {
        String text = String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"");
        sb.append('"').append(text).append('"');
      }
    }
    return sb.append('}').toString();
  }
}
