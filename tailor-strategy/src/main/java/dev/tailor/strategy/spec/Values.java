package dev.tailor.strategy.spec;

import dev.tailor.strategy.StrategyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Typed reads of {@link YamlNode}s; every failure names the file, line and key. */
final class Values {
  private final String file;

  Values(String file) {
    this.file = file;
  }

  StrategyException error(YamlNode n, String message) {
    return StrategyException.at(file, n.line, n.key.isEmpty() ? "(top level)" : n.key, message);
  }

  /** The node as a mapping whose keys are all in {@code allowed}. */
  YamlNode map(YamlNode n, Set<String> allowed) {
    if (!n.isMap()) {
      throw error(n, "expected a mapping of keys");
    }
    for (YamlNode v : n.fields.values()) {
      String name = v.key.substring(v.key.lastIndexOf('.') + 1);
      if (!allowed.contains(name)) {
        throw error(v, "unknown key; allowed here: " + String.join(", ", sorted(allowed)));
      }
    }
    return n;
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  Optional<YamlNode> find(YamlNode map, String name) {
    return Optional.ofNullable(map.fields.get(name));
  }

  String text(YamlNode n) {
    if (n.isMap() || n.isList() || n.text == null || n.text.isBlank()) {
      throw error(n, "expected a value");
    }
    return n.text.strip();
  }

  Optional<String> text(YamlNode map, String name) {
    return find(map, name).map(this::text);
  }

  double number(YamlNode n, double min, double max) {
    double v;
    try {
      v = Double.parseDouble(text(n));
    } catch (NumberFormatException e) {
      throw error(n, "expected a number, got '" + n.text + "'");
    }
    if (!(v >= min && v <= max)) {
      throw error(n, "must lie between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(v));
    }
    return v;
  }

  Optional<Double> number(YamlNode map, String name, double min, double max) {
    return find(map, name).map(n -> number(n, min, max));
  }

  int integer(YamlNode n, int min, int max) {
    double v = number(n, min, max);
    if (v != Math.rint(v)) {
      throw error(n, "expected a whole number, got " + n.text);
    }
    return (int) v;
  }

  Optional<Integer> integer(YamlNode map, String name, int min, int max) {
    return find(map, name).map(n -> integer(n, min, max));
  }

  boolean bool(YamlNode n) {
    String t = text(n).toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw error(n, "expected true or false, got '" + n.text + "'");
    }
    return t.equals("true");
  }

  List<String> strings(YamlNode n) {
    if (!n.isList()) {
      return List.of(text(n));
    }
    List<String> out = new ArrayList<>();
    for (YamlNode i : n.items) {
      out.add(text(i));
    }
    return out;
  }

  Optional<List<String>> strings(YamlNode map, String name) {
    return find(map, name).map(this::strings);
  }

  /** {@code 30d}, {@code 12h}, {@code all} (forever), or {@code false} / {@code off} (empty). */
  Optional<Duration> window(YamlNode n) {
    String t = text(n).toLowerCase(Locale.ROOT);
    if (t.equals("false") || t.equals("off")) {
      return Optional.empty();
    }
    if (t.equals("all") || t.equals("true")) {
      return Optional.of(Duration.ofDays(365L * 1000));
    }
    try {
      long v = Long.parseLong(t.substring(0, t.length() - 1));
      if (v > 0 && t.endsWith("d")) {
        return Optional.of(Duration.ofDays(v));
      }
      if (v > 0 && t.endsWith("h")) {
        return Optional.of(Duration.ofHours(v));
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      // reported below
    }
    throw error(n, "expected a window such as 30d, 12h, all or false, got '" + n.text + "'");
  }

  <E extends Enum<E>> E choice(YamlNode n, Class<E> type) {
    String t = text(n).toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw error(n, "unknown value '" + n.text + "'; one of: " + String.join(", ", names));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
