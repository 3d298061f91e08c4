package dev.tailor.ingest.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tailor.ingest.interchange.Repeats;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.read.Format;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a mapping file (YAML, schema in the module README) and checks it completely. */
public final class MappingReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private MappingReader() {}

  /**
   * Reads and checks a mapping.
   *
   * @param name how messages call the mapping (its shipped name or file name)
   * @param in the YAML text; not closed here
   * @throws MappingException on bad YAML or any schema error, naming the key
   */
  public static Mapping read(String name, InputStream in) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JacksonException e) {
      throw new MappingException("mapping " + name + ": bad YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MappingException("mapping " + name + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new MappingException("mapping " + name + ": the file is empty");
    }
    YamlNode top = new YamlNode(name, "", root);
    top.allowOnly(Set.of("version", "description", "sources"));
    String version = top.text("version").orElse("1");
    if (!version.equals("1")) {
      throw top.get("version").error("only version 1 is known, not " + version);
    }
    List<SourceMapping> sources = new ArrayList<>();
    YamlNode list = top.get("sources");
    for (YamlNode s : list.items()) {
      sources.add(source(name, s));
    }
    if (sources.isEmpty()) {
      throw list.error("at least one source is required");
    }
    return new Mapping(name, top.text("description").orElse(""), sources);
  }

  private static SourceMapping source(String name, YamlNode s) {
    s.allowOnly(Set.of("file", "format", "delimiter", "optional", "targets"));
    Optional<Format> format = Optional.empty();
    if (s.has("format")) {
      YamlNode f = s.get("format");
      format =
          Optional.of(Format.find(f.text()).orElseThrow(() -> f.error("expected csv or jsonl")));
    }
    char delimiter = ',';
    if (s.has("delimiter")) {
      String d = s.get("delimiter").text();
      if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n') {
        throw s.get("delimiter").error("expected one character other than a quote or newline");
      }
      delimiter = d.charAt(0);
    }
    List<TargetMapping> targets = new ArrayList<>();
    for (YamlNode t : s.get("targets").items()) {
      targets.add(target(name, t));
    }
    if (targets.isEmpty()) {
      throw s.get("targets").error("at least one target is required");
    }
    return new SourceMapping(
        name, s.key(), s.get("file").text(), format, delimiter, s.bool("optional", false), targets);
  }

  private static TargetMapping target(String name, YamlNode t) {
    t.allowOnly(Set.of("into", "fields", "attributes", "rules", "repeats"));
    YamlNode into = t.get("into");
    Target target =
        Target.find(into.text())
            .orElseThrow(() -> into.error("expected products, customers or events"));
    Map<String, ValueSpec> fields = new LinkedHashMap<>();
    t.get("fields")
        .entries()
        .forEach(
            (field, spec) -> {
              if (!target.knows(field)) {
                throw spec.error(
                    "unknown "
                        + target.fileStem()
                        + " field '"
                        + field
                        + "' (known: "
                        + target.fields()
                        + (target.hasAttributes() ? "; put custom ones under attributes" : "")
                        + ")");
              }
              fields.put(field, SpecReader.field(spec));
            });
    t.find("attributes").ifPresent(a -> attributes(target, a, fields));
    checkFields(target, t, fields);
    List<Rule> rules = new ArrayList<>();
    t.find("rules").ifPresent(r -> r.items().forEach(i -> rules.add(rule(i, target, fields))));
    return new TargetMapping(name, t.key(), target, repeats(t, target), fields, rules);
  }

  private static void attributes(Target target, YamlNode a, Map<String, ValueSpec> fields) {
    if (!target.hasAttributes()) {
      throw a.error("events have no custom attributes");
    }
    a.entries()
        .forEach(
            (attr, spec) -> {
              if (target.knows(attr)) {
                throw spec.error("'" + attr + "' is an interchange field: map it under fields");
              }
              fields.put(attr, SpecReader.field(spec));
            });
  }

  private static void checkFields(Target target, YamlNode t, Map<String, ValueSpec> fields) {
    List<String> required =
        switch (target) {
          case PRODUCTS -> List.of("product_id");
          case CUSTOMERS -> List.of("customer_id");
          case EVENTS -> List.of("timestamp", "event");
        };
    for (String r : required) {
      if (!fields.containsKey(r)) {
        throw t.get("fields").error(target.fileStem() + " need the field '" + r + "'");
      }
    }
    if (target == Target.EVENTS
        && !fields.containsKey("customer_id")
        && !fields.containsKey("anonymous_id")) {
      throw t.get("fields").error("events need customer_id or anonymous_id");
    }
    fields.forEach(
        (field, spec) ->
            spec.onlyIfEmpty()
                .filter(other -> !fields.containsKey(other) || other.equals(field))
                .ifPresent(
                    other -> {
                      throw t.get("fields")
                          .get(field)
                          .error("only-if-empty names '" + other + "', not another mapped field");
                    }));
  }

  private static Rule rule(YamlNode r, Target target, Map<String, ValueSpec> fields) {
    r.allowOnly(Set.of("if", "skip", "set"));
    Condition when = SpecReader.condition(r.get("if"));
    if (r.has("skip") == r.has("set")) {
      throw r.error("a rule needs exactly one of skip (with a reason) or set");
    }
    if (r.has("skip")) {
      String reason = r.get("skip").text().strip();
      return new Rule(when, Optional.of(reason.isEmpty() ? when.describe() : reason), Map.of());
    }
    Map<String, ValueSpec> set = new LinkedHashMap<>();
    r.get("set")
        .entries()
        .forEach(
            (field, spec) -> {
              if (!target.knows(field) && !fields.containsKey(field)) {
                throw spec.error("unknown " + target.fileStem() + " field '" + field + "'");
              }
              set.put(field, SpecReader.field(spec));
            });
    return new Rule(when, Optional.empty(), set);
  }

  private static Repeats repeats(YamlNode t, Target target) {
    Optional<YamlNode> r = t.find("repeats");
    if (r.isEmpty()) {
      return Repeats.LAST;
    }
    if (target == Target.EVENTS) {
      throw r.get().error("events are deduplicated by event_id; repeats applies to upserts");
    }
    return switch (r.get().text().toLowerCase(Locale.ROOT)) {
      case "first" -> Repeats.FIRST;
      case "last" -> Repeats.LAST;
      default -> throw r.get().error("expected first or last");
    };
  }
}
