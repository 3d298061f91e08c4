package dev.tailor.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --key value} and {@code --flag} command-line options. */
final class Options {
  private final Map<String, String> values = new HashMap<>();

  Options(String[] args, String... flags) {
    java.util.Set<String> known = java.util.Set.of(flags);
    for (int i = 0; i < args.length; i++) {
      String s = args[i];
      if (!s.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + s);
      }
      String key = s.substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) {
        values.put(key.substring(0, eq), key.substring(eq + 1));
      } else if (known.contains(key)) {
        values.put(key, "true");
      } else if (i + 1 < args.length) {
        values.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + key + " needs a value");
      }
    }
  }

  String text(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  String required(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key);
    }
    return v;
  }

  int integer(String key, int fallback) {
    return Integer.parseInt(text(key, String.valueOf(fallback)));
  }

  long longValue(String key, long fallback) {
    return Long.parseLong(text(key, String.valueOf(fallback)));
  }

  double decimal(String key, double fallback) {
    return Double.parseDouble(text(key, String.valueOf(fallback)));
  }

  boolean flag(String key) {
    return values.containsKey(key);
  }
}
