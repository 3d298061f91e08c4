package dev.tailor.ingest.mapping;

import dev.tailor.ingest.mapping.ValueSpec.Transform;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads field specs and conditions of a mapping file into their compiled form. */
final class SpecReader {
  static final Set<String> FIELD_KEYS =
      Set.of(
          "column",
          "value",
          "template",
          "trim",
          "replace",
          "split",
          "map",
          "map-default",
          "abs",
          "date-format",
          "zone",
          "default",
          "only-if-empty");

  private static final Set<String> SOURCE_KEYS = Set.of("column", "value", "template");

  private SpecReader() {}

  /** A field spec: a scalar is a constant, else an object with the keys above. */
  static ValueSpec field(YamlNode n) {
    if (n.isScalar()) {
      return ValueSpec.constant(n.text());
    }
    n.allowOnly(FIELD_KEYS);
    List<String> given = SOURCE_KEYS.stream().filter(n::has).sorted().toList();
    if (given.size() != 1) {
      throw n.error("needs exactly one of column, value or template, found " + given);
    }
    ValueSource source = source(n, given.get(0));
    List<Transform> transforms = new ArrayList<>();
    if (n.bool("trim", true)) {
      transforms.add(Transforms.strip());
    }
    n.find("replace").ifPresent(r -> r.items().forEach(i -> transforms.add(replace(i))));
    n.find("split").ifPresent(s -> transforms.add(split(s)));
    if (n.has("map")) {
      transforms.add(Transforms.map(valueMap(n.get("map")), n.text("map-default")));
    } else if (n.has("map-default")) {
      throw n.get("map-default").error("map-default needs map");
    }
    if (n.bool("abs", false)) {
      transforms.add(Transforms.abs());
    }
    n.find("date-format").ifPresent(d -> transforms.add(date(d, n.find("zone"))));
    if (n.has("zone") && !n.has("date-format")) {
      throw n.get("zone").error("zone needs date-format");
    }
    return new ValueSpec(source, transforms, n.text("default").orElse(""), n.text("only-if-empty"));
  }

  private static ValueSource source(YamlNode n, String kind) {
    YamlNode v = n.get(kind);
    return switch (kind) {
      case "column" -> ValueSource.column(v.text());
      case "value" -> ValueSource.constant(v.text());
      default -> {
        try {
          yield ValueSource.template(v.text());
        } catch (IllegalArgumentException e) {
          throw v.error(e.getMessage());
        }
      }
    };
  }

  private static Transform replace(YamlNode r) {
    r.allowOnly(Set.of("pattern", "with"));
    YamlNode pattern = r.get("pattern");
    try {
      return Transforms.replace(Pattern.compile(pattern.text()), r.text("with").orElse(""));
    } catch (PatternSyntaxException e) {
      throw pattern.error("bad regular expression: " + e.getDescription());
    }
  }

  private static Transform split(YamlNode s) {
    s.allowOnly(Set.of("separator", "index"));
    String separator = s.get("separator").text();
    if (separator.isEmpty()) {
      throw s.get("separator").error("must not be empty");
    }
    int index = s.text("index").map(i -> integer(s.get("index"), i)).orElse(0);
    return Transforms.split(separator, index);
  }

  private static int integer(YamlNode n, String text) {
    try {
      int v = Integer.parseInt(text);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw n.error("expected a whole number of 0 or more, not '" + text + "'");
  }

  private static Map<String, String> valueMap(YamlNode m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.entries().forEach((k, v) -> out.put(k, v.text()));
    return out;
  }

  private static Transform date(YamlNode format, Optional<YamlNode> zoneNode) {
    ZoneId zone = ZoneOffset.UTC;
    if (zoneNode.isPresent()) {
      try {
        zone = ZoneId.of(zoneNode.get().text());
      } catch (DateTimeException e) {
        throw zoneNode.get().error("unknown time zone '" + zoneNode.get().text() + "'");
      }
    }
    try {
      return Transforms.date(format.text(), zone);
    } catch (IllegalArgumentException e) {
      throw format.error("bad date format: " + e.getMessage());
    }
  }

  /** A condition: {@code all}, {@code any}, {@code not}, or a subject with one test. */
  static Condition condition(YamlNode n) {
    if (n.has("all") || n.has("any")) {
      String kind = n.has("all") ? "all" : "any";
      n.allowOnly(Set.of(kind));
      List<Condition> parts = n.get(kind).items().stream().map(SpecReader::condition).toList();
      return kind.equals("all") ? Conditions.all(parts) : Conditions.any(parts);
    }
    if (n.has("not")) {
      n.allowOnly(Set.of("not"));
      return Conditions.not(condition(n.get("not")));
    }
    List<String> subjects = List.of("column", "field").stream().filter(n::has).toList();
    if (subjects.size() != 1) {
      throw n.error("needs all, any, not, or exactly one of column or field");
    }
    String subjectKey = subjects.get(0);
    Set<String> allowed = new java.util.HashSet<>(Conditions.TESTS);
    allowed.add(subjectKey);
    n.allowOnly(allowed);
    List<String> tests = Conditions.TESTS.stream().filter(n::has).sorted().toList();
    if (tests.size() != 1) {
      throw n.error("needs exactly one test of " + new java.util.TreeSet<>(Conditions.TESTS));
    }
    var subject = new Conditions.Subject(n.get(subjectKey).text(), subjectKey.equals("column"));
    YamlNode operand = n.get(tests.get(0));
    List<String> values = operand.items().stream().map(YamlNode::text).toList();
    try {
      return Conditions.test(subject, tests.get(0), values);
    } catch (IllegalArgumentException e) {
      throw operand.error(e.getMessage());
    }
  }
}
