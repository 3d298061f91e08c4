package dev.tailor.reco.model;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Algorithm-specific options beyond the shared {@link AlgorithmParams}, as text keyed {@code
 * <algorithm>.<option>} (for example {@code itemknn.neighbours=50}), so one map can configure a
 * hybrid and its components. Each algorithm reads its own keys with a default and a range, and
 * rejects keys under its name it does not know. Immutable.
 */
public final class AlgorithmOptions {
  /** No options: every algorithm uses its defaults. */
  public static final AlgorithmOptions NONE = new AlgorithmOptions(new TreeMap<>());

  private final Map<String, String> values;

  private AlgorithmOptions(TreeMap<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Options from {@code <algorithm>.<option>} keys; blank values are rejected. */
  public static AlgorithmOptions of(Map<String, String> values) {
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          int dot = k == null ? -1 : k.indexOf('.');
          if (dot <= 0 || dot == k.length() - 1) {
            throw bad("option '" + k + "' must be written <algorithm>.<option>");
          }
          if (v == null || v.isBlank()) {
            throw bad("option " + k + " needs a value");
          }
          copy.put(k, v.strip());
        });
    return new AlgorithmOptions(copy);
  }

  /** These options plus {@code key=value} (replacing an earlier value). */
  public AlgorithmOptions with(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.putAll(of(Map.of(key, value)).values);
    return new AlgorithmOptions(copy);
  }

  /** All options, sorted by key (the canonical form hashed into a model's config). */
  public Map<String, String> asMap() {
    return values;
  }

  /** The algorithms named by the keys. */
  public Set<String> algorithms() {
    Set<String> names = new java.util.TreeSet<>();
    values.keySet().forEach(k -> names.add(k.substring(0, k.indexOf('.'))));
    return names;
  }

  /** Throws when a key under {@code algorithm} is not one of {@code known}, listing them. */
  public void requireKnown(String algorithm, Set<String> known) {
    String prefix = algorithm + ".";
    for (String key : values.keySet()) {
      if (key.startsWith(prefix) && !known.contains(key.substring(prefix.length()))) {
        throw bad(
            "unknown option "
                + key
                + "; "
                + algorithm
                + " knows "
                + (known.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(known))));
      }
    }
  }

  /** The text of {@code <algorithm>.<key>}, or {@code fallback}. */
  public String text(String algorithm, String key, String fallback) {
    return values.getOrDefault(algorithm + "." + key, fallback);
  }

  /** An integer option within {@code [min, max]}. */
  public int integer(String algorithm, String key, int fallback, int min, int max) {
    String raw = values.get(algorithm + "." + key);
    if (raw == null) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(
        "option "
            + algorithm
            + "."
            + key
            + " must be an integer from "
            + min
            + " to "
            + max
            + ", not '"
            + raw
            + "'");
  }

  /** A finite decimal option within {@code [min, max]}. */
  public double decimal(String algorithm, String key, double fallback, double min, double max) {
    String raw = values.get(algorithm + "." + key);
    if (raw == null) {
      return fallback;
    }
    try {
      double v = Double.parseDouble(raw);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(
        "option "
            + algorithm
            + "."
            + key
            + " must be a number from "
            + min
            + " to "
            + max
            + ", not '"
            + raw
            + "'");
  }

  /** One of {@code allowed} (case-insensitive, returned as spelled in {@code allowed}). */
  public String choice(String algorithm, String key, String fallback, List<String> allowed) {
    String raw = values.get(algorithm + "." + key);
    if (raw == null) {
      return fallback;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(raw)) {
        return a;
      }
    }
    throw bad(
        "option "
            + algorithm
            + "."
            + key
            + " must be one of "
            + String.join(", ", allowed)
            + ", not '"
            + raw
            + "'");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlgorithmOptions other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  private static TailorException bad(String message) {
    return new TailorException(ErrorCode.BAD_INPUT, message);
  }
}
