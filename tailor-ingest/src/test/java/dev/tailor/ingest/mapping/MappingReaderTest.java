package dev.tailor.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.ErrorCode;
import dev.tailor.ingest.read.Header;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingReaderTest {

  private static Mapping read(String yaml) {
    return MappingReader.read(
        "m.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String events(String fields) {
    return "sources:\n  - file: e.csv\n    targets:\n      - into: events\n        fields: "
        + fields
        + "\n";
  }

  @Test
  void badYamlIsReportedWithTheMappingName() {
    assertThatThrownBy(() -> read("sources: [ {file: x"))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("mapping m.yaml: bad YAML")
        .extracting(e -> ((MappingException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "colour: red|top level: unknown key 'colour' (expected one of [description, sources,"
            + " version])",
        "version: 2|version: only version 1 is known, not 2",
        "sources: []|sources: at least one source is required",
      })
  void topLevelMistakesNameTheKey(String yaml, String message) {
    assertThatThrownBy(() -> read(yaml)).hasMessage("mapping m.yaml, " + message);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{ timestamp: {column: T}, event: view, customer: {column: C} }"
            + "|sources[0].targets[0].fields.customer: unknown events field 'customer'",
        "{ timestamp: {colum: T}, event: view, customer_id: {column: C} }"
            + "|sources[0].targets[0].fields.timestamp: unknown key 'colum'",
        "{ timestamp: {column: T, value: x}, event: view, customer_id: {column: C} }"
            + "|sources[0].targets[0].fields.timestamp: needs exactly one of column, value or"
            + " template, found [column, value]",
        "{ event: view, customer_id: {column: C} }"
            + "|sources[0].targets[0].fields: events need the field 'timestamp'",
        "{ timestamp: {column: T}, event: view }"
            + "|sources[0].targets[0].fields: events need customer_id or anonymous_id",
        "{ timestamp: {column: T, date-format: \"yyyy-MM-dd ppp\"}, event: view, customer_id: x }"
            + "|sources[0].targets[0].fields.timestamp.date-format: bad date format",
        "{ timestamp: {column: T, zone: Mars}, event: view, customer_id: x }"
            + "|sources[0].targets[0].fields.timestamp.zone: zone needs date-format",
        "{ timestamp: {column: T, replace: {pattern: \"(\"}}, event: view, customer_id: x }"
            + "|sources[0].targets[0].fields.timestamp.replace.pattern: bad regular expression",
        "{ timestamp: {template: \"a{b\"}, event: view, customer_id: x }"
            + "|sources[0].targets[0].fields.timestamp.template: '{' at position 1 is not closed",
        "{ timestamp: x, event: view, customer_id: x, anonymous_id: {value: a, only-if-empty: y} }"
            + "|sources[0].targets[0].fields.anonymous_id: only-if-empty names 'y'",
      })
  void fieldMistakesNameTheKey(String fields, String message) {
    assertThatThrownBy(() -> read(events(fields)))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("mapping m.yaml, " + message);
  }

  @Test
  void ruleMistakesNameTheKey() {
    String base = events("{ timestamp: x, event: view, customer_id: x }");
    assertThatThrownBy(
            () -> read(base + "        rules: [ { if: { column: A, like: b }, skip: x } ]"))
        .hasMessageStartingWith(
            "mapping m.yaml, sources[0].targets[0].rules[0].if: unknown key 'like'");
    assertThatThrownBy(() -> read(base + "        rules: [ { if: { column: A, equals: b } } ]"))
        .hasMessage(
            "mapping m.yaml, sources[0].targets[0].rules[0]: a rule needs exactly one of skip"
                + " (with a reason) or set");
    assertThatThrownBy(
            () -> read(base + "        rules: [ { if: { column: A, less-than: b }, skip: x } ]"))
        .hasMessage(
            "mapping m.yaml, sources[0].targets[0].rules[0].if.less-than: not a number: 'b'");
    assertThatThrownBy(
            () ->
                read(base + "        rules: [ { if: { column: A, empty: true }, set: { x: 1 } } ]"))
        .hasMessage(
            "mapping m.yaml, sources[0].targets[0].rules[0].set.x: unknown events field 'x'");
  }

  @Test
  void targetMistakesNameTheKey() {
    assertThatThrownBy(
            () ->
                read(
                    "sources:\n  - file: e.csv\n    targets:\n      - into: orders\n        fields: {}\n"))
        .hasMessage(
            "mapping m.yaml, sources[0].targets[0].into: expected products, customers or events");
    assertThatThrownBy(
            () ->
                read(
                    events("{ timestamp: x, event: view, customer_id: x }")
                        + "        attributes: { a: x }\n"))
        .hasMessage(
            "mapping m.yaml, sources[0].targets[0].attributes: events have no custom attributes");
    assertThatThrownBy(
            () ->
                read(
                    events("{ timestamp: x, event: view, customer_id: x }")
                        + "        repeats: first\n"))
        .hasMessageStartingWith("mapping m.yaml, sources[0].targets[0].repeats:");
  }

  @Test
  void aColumnMissingFromTheSourceHeaderIsNamedWithItsKey() {
    Mapping m =
        read(
            events("{ timestamp: {column: T}, event: view, customer_id: {column: C} }")
                + "        rules: [ { if: { column: Kind, equals: x }, skip: x } ]\n");
    TargetMapping t = m.sources().get(0).targets().get(0);
    t.checkColumns(new Header(List.of("T", "C", "Kind")), "e.csv");
    assertThatThrownBy(() -> t.checkColumns(new Header(List.of("T", "Kind")), "e.csv"))
        .hasMessage(
            "mapping m.yaml, sources[0].targets[0].fields.customer_id: column 'C' is not in the"
                + " header of e.csv [T, Kind]");
    assertThatThrownBy(() -> t.checkColumns(new Header(List.of("T", "C")), "e.csv"))
        .hasMessageStartingWith(
            "mapping m.yaml, sources[0].targets[0].rules[0]: column 'Kind' is not in the header");
  }

  @Test
  void aValidMappingKeepsItsSourcesAndTargetsInOrder() {
    Mapping m =
        read(
            """
            description: demo
            sources:
              - file: "a*.csv"
                delimiter: ";"
                optional: true
                targets:
                  - into: customers
                    fields: { customer_id: { column: id } }
              - file: b.jsonl
                targets:
                  - into: products
                    fields: { product_id: { column: id } }
            """);
    assertThat(m.description()).isEqualTo("demo");
    assertThat(m.sources()).extracting(SourceMapping::glob).containsExactly("a*.csv", "b.jsonl");
    assertThat(m.sources().get(0).delimiter()).isEqualTo(';');
    assertThat(m.sources().get(0).optional()).isTrue();
  }
}
