package dev.tailor.ingest.mapping;

import dev.tailor.ingest.interchange.FieldException;
import dev.tailor.ingest.interchange.Repeats;
import dev.tailor.ingest.interchange.Target;
import dev.tailor.ingest.read.Header;
import dev.tailor.ingest.read.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one source feeds one interchange target: output fields (interchange fields and custom
 * attributes) made from source columns, then rules that skip rows or override fields. The mapped
 * row is validated by the same parser as an interchange file.
 */
public final class TargetMapping {
  private final String mapping;
  private final String key;
  private final Target target;
  private final Repeats repeats;
  private final Header header;
  private final List<Slot> plain = new ArrayList<>();
  private final List<Slot> deferred = new ArrayList<>();
  private final List<CompiledRule> rules = new ArrayList<>();
  private final Map<String, String> columnKeys = new LinkedHashMap<>();

  TargetMapping(
      String mapping,
      String key,
      Target target,
      Repeats repeats,
      Map<String, ValueSpec> fields,
      List<Rule> rules) {
    this.mapping = mapping;
    this.key = key;
    this.target = target;
    this.repeats = repeats;
    List<String> names = new ArrayList<>(fields.keySet());
    rules.forEach(
        r -> r.set().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add));
    this.header = new Header(names);
    fields.forEach(
        (name, spec) -> {
          Slot slot = new Slot(name, header.indexOf(name), spec);
          (spec.onlyIfEmpty().isPresent() ? deferred : plain).add(slot);
          spec.columns().forEach(c -> columnKeys.putIfAbsent(c, key + ".fields." + name));
        });
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      String ruleKey = key + ".rules[" + i + "]";
      List<Slot> sets = new ArrayList<>();
      r.set().forEach((name, spec) -> sets.add(new Slot(name, header.indexOf(name), spec)));
      r.when().columns().forEach(c -> columnKeys.putIfAbsent(c, ruleKey));
      sets.forEach(s -> s.spec().columns().forEach(c -> columnKeys.putIfAbsent(c, ruleKey)));
      String reason = r.skip().orElse("");
      this.rules.add(new CompiledRule(r.when(), r.skip().isPresent(), reason, sets));
    }
  }

  public Target target() {
    return target;
  }

  public Repeats repeats() {
    return repeats;
  }

  /** The key of this target in the mapping file, e.g. {@code sources[0].targets[1]}. */
  public String key() {
    return key;
  }

  /**
   * Checks that every column this target reads is in {@code source}.
   *
   * @throws MappingException naming the mapping key and the missing column
   */
  public void checkColumns(Header source, String file) {
    columnKeys.forEach(
        (column, at) -> {
          if (!source.contains(column)) {
            throw MappingException.at(
                mapping,
                at,
                "column '" + column + "' is not in the header of " + file + " " + source.names());
          }
        });
  }

  /**
   * Maps one source row.
   *
   * @throws FieldException when a value cannot be made (e.g. a date that does not match its format)
   *     and no rule skips the row
   */
  public Outcome map(Row source, String file) {
    MappedRow mapped = new MappedRow(header, new String[header.size()], source);
    FieldException error = null;
    for (Slot s : plain) {
      error = produce(s, source, file, mapped, error);
    }
    for (Slot s : deferred) {
      if (mapped.get(s.spec().onlyIfEmpty().orElseThrow()).isEmpty()) {
        error = produce(s, source, file, mapped, error);
      }
    }
    for (CompiledRule r : rules) {
      if (r.when().test(source, mapped)) {
        if (r.skip()) {
          return new Outcome(Optional.empty(), r.reason());
        }
        for (Slot s : r.sets()) {
          error = produce(s, source, file, mapped, error);
        }
      }
    }
    if (error != null) {
      throw error;
    }
    return new Outcome(Optional.of(mapped), "");
  }

  private static FieldException produce(
      Slot s, Row source, String file, MappedRow mapped, FieldException error) {
    try {
      mapped.set(s.index(), s.spec().produce(source, file));
      return error;
    } catch (IllegalArgumentException e) {
      mapped.set(s.index(), "");
      return error != null ? error : new FieldException(s.name(), e.getMessage());
    }
  }

  /**
   * The result of mapping a row: the mapped row, or the reason a rule skipped it.
   *
   * @param row the mapped row, empty when skipped
   * @param skipReason why the row was skipped, empty when mapped
   */
  public record Outcome(Optional<Row> row, String skipReason) {}

  private record Slot(String name, int index, ValueSpec spec) {}

  private record CompiledRule(Condition when, boolean skip, String reason, List<Slot> sets) {}
}
