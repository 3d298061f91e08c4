package dev.tailor.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tailor.ingest.interchange.FieldException;
import dev.tailor.ingest.read.Row;
import dev.tailor.ingest.read.TestRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TargetMappingTest {

  /** A mapping with one source and one target whose body is {@code target}. */
  static TargetMapping target(String target) {
    String yaml =
        "sources:\n  - file: x.csv\n    targets:\n      - "
            + target.strip().replace("\n", "\n        ")
            + "\n";
    Mapping m =
        MappingReader.read("test", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    return m.sources().get(0).targets().get(0);
  }

  private static Row map(TargetMapping t, TestRow source) {
    TargetMapping.Outcome o = t.map(source, "x.csv");
    assertThat(o.skipReason()).isEmpty();
    return o.row().orElseThrow();
  }

  @Test
  void columnsConstantsAndTemplatesFillTheFields() {
    TargetMapping t =
        target(
            """
            into: events
            fields:
              timestamp: { column: When }
              event: order_completed
              customer_id: { template: "c-{Who}-{_line}@{_file}" }
            """);
    Row r = map(t, TestRow.of("When", " 2024-01-01 ", "Who", "7").line(12));
    assertThat(r.get("timestamp")).isEqualTo("2024-01-01");
    assertThat(r.get("event")).isEqualTo("order_completed");
    assertThat(r.get("customer_id")).isEqualTo("c-7-12@x.csv");
    assertThat(r.line()).isEqualTo(12);
  }

  @Test
  void transformsApplyInTheirDocumentedOrder() {
    TargetMapping t =
        target(
            """
            into: products
            fields:
              product_id: { column: Id, replace: { pattern: "\\\\.0$", with: "" } }
              category: { column: Genres, split: { separator: "|", index: 1 }, default: Other }
              brand: { column: Brand, map: { acme: ACME, "": Unknown }, map-default: Other }
              inventory: { column: Stock, abs: true }
              title: { column: Title, trim: false }
            """);
    Row r =
        map(
            t,
            TestRow.of(
                "Id", "17850.0", "Genres", "A|B|C", "Brand", "acme", "Stock", "-3", "Title",
                " x "));
    assertThat(r.get("product_id")).isEqualTo("17850");
    assertThat(r.get("category")).isEqualTo("B");
    assertThat(r.get("brand")).isEqualTo("ACME");
    assertThat(r.get("inventory")).isEqualTo("3");
    assertThat(r.get("title")).isEqualTo(" x ");
    Row other = map(t, TestRow.of("Id", "1", "Genres", "A", "Brand", "zeta", "Stock", "2"));
    assertThat(other.get("category")).isEqualTo("Other");
    assertThat(other.get("brand")).isEqualTo("Other");
    Row empty = map(t, TestRow.of("Id", "1", "Genres", "", "Brand", "", "Stock", ""));
    assertThat(empty.get("brand")).isEqualTo("Unknown");
  }

  @Test
  void datesAreParsedWithTheirFormatAndZoneIntoIsoInstants() {
    TargetMapping t =
        target(
            """
            into: events
            fields:
              timestamp: { column: D, date-format: "dd/MM/yyyy HH:mm", zone: Europe/London }
              event: product_viewed
              customer_id: { column: C }
              created: { column: E, date-format: epoch-millis }
            """
                .replace("created:", "anonymous_id:"));
    Row r = map(t, TestRow.of("D", "01/07/2011 08:26", "C", "c", "E", "1000"));
    assertThat(r.get("timestamp")).isEqualTo("2011-07-01T07:26:00Z");
    assertThat(r.get("anonymous_id")).isEqualTo("1970-01-01T00:00:01Z");
  }

  @Test
  void aValueThatCannotBeMadeRejectsTheRowNamingTheField() {
    TargetMapping t =
        target(
            """
            into: events
            fields:
              timestamp: { column: D, date-format: "yyyy-MM-dd" }
              event: product_viewed
              customer_id: { column: C }
            """);
    FieldException e =
        catchThrowableOfType(
            FieldException.class, () -> t.map(TestRow.of("D", "01.02.2024", "C", "c"), "x.csv"));
    assertThat(e.field()).isEqualTo("timestamp");
    assertThat(e.reason()).isEqualTo("'01.02.2024' does not match 'yyyy-MM-dd'");
  }

  @Test
  void onlyIfEmptyFillsAFieldWhenAnotherCameOutEmpty() {
    TargetMapping t =
        target(
            """
            into: events
            fields:
              timestamp: { value: "2024-01-01" }
              event: order_completed
              anonymous_id: { template: "guest-{Inv}", only-if-empty: customer_id }
              customer_id: { column: Cust }
            """);
    assertThat(map(t, TestRow.of("Inv", "5", "Cust", "")).get("anonymous_id")).isEqualTo("guest-5");
    assertThat(map(t, TestRow.of("Inv", "5", "Cust", "c1")).get("anonymous_id")).isEmpty();
  }

  @Test
  void rulesSkipWithTheirReasonOrSetFieldsInOrder() {
    TargetMapping t =
        target(
            """
            into: events
            fields:
              timestamp: { value: "2024-01-01" }
              event: order_completed
              customer_id: { column: C }
              quantity: { column: Q }
            rules:
              - if: { column: Inv, starts-with: "C" }
                set: { event: order_refunded, quantity: { column: Q, abs: true } }
              - if: { any: [ { field: quantity, equals: "0" }, { column: Code, in: [POST, DOT] } ] }
                skip: "not a sale"
              - if: { not: { column: Price, greater-than: 0 } }
                skip: ""
            """);
    Row refund = map(t, TestRow.of("Inv", "C1", "Q", "-2", "C", "c", "Price", "1"));
    assertThat(refund.get("event")).isEqualTo("order_refunded");
    assertThat(refund.get("quantity")).isEqualTo("2");
    assertThat(t.map(TestRow.of("Q", "0", "Price", "1"), "x.csv").skipReason())
        .isEqualTo("not a sale");
    assertThat(t.map(TestRow.of("Q", "1", "Code", "DOT", "Price", "1"), "x.csv").skipReason())
        .isEqualTo("not a sale");
    assertThat(t.map(TestRow.of("Q", "1", "Price", "abc"), "x.csv").skipReason())
        .isEqualTo("not (Price greater-than '0')");
  }

  @Test
  void everyTestOfAConditionWorks() {
    String[][] cases = {
      {"equals: a", "a", "b"},
      {"not-equals: a", "b", "a"},
      {"in: [a, b]", "b", "c"},
      {"starts-with: ab", "abc", "cab"},
      {"ends-with: bc", "abc", "bca"},
      {"contains: b", "abc", "ac"},
      {"matches: \"[0-9]+\"", "123", "12a"},
      {"empty: true", "", "x"},
      {"empty: false", "x", ""},
      {"less-than: 2", "1.5", "2"},
      {"less-or-equal: 2", "2", "2.1"},
      {"greater-than: 2", "3", "2"},
      {"greater-or-equal: 2", "2", "-5"},
    };
    for (String[] c : cases) {
      TargetMapping t =
          target(
              "into: customers\nfields: { customer_id: x }\nrules:\n  - if: { column: V, "
                  + c[0]
                  + " }\n    skip: hit\n");
      assertThat(t.map(TestRow.of("V", c[1]), "x.csv").skipReason()).as(c[0]).isEqualTo("hit");
      assertThat(t.map(TestRow.of("V", c[2]), "x.csv").skipReason()).as(c[0]).isEmpty();
    }
  }

  @Test
  void attributesAreExtraOutputFieldsOfProductsAndCustomers() {
    TargetMapping t =
        target(
            """
            into: customers
            fields: { customer_id: { column: Id } }
            attributes: { segment: { column: Seg }, source: uci }
            """);
    Row r = map(t, TestRow.of("Id", "1", "Seg", "B2B"));
    assertThat(r.names()).containsExactly("customer_id", "segment", "source");
    assertThat(r.get("segment")).isEqualTo("B2B");
  }
}
