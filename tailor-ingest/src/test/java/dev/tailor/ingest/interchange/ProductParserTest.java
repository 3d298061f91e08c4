package dev.tailor.ingest.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tailor.core.catalog.Product;
import dev.tailor.ingest.read.TestRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductParserTest {
  private final ProductParser parser = new ProductParser();

  @Test
  void everyInterchangeFieldIsRead() {
    Product p =
        parser.parse(
            TestRow.of(
                "product_id", " p1 ",
                "title", "Red dress",
                "category", "Women > Dresses",
                "brand", "Acme",
                "price", "49.90",
                "currency", "eur",
                "inventory", "3",
                "margin", "0.4",
                "url", "https://shop/p1",
                "image_url", "https://shop/p1.jpg",
                "tags", "summer| red ||",
                "available_from", "2024-01-01",
                "available_to", "2024-12-31T23:59:59Z",
                "published", "false",
                "created_at", "1700000000"));
    assertThat(p.id()).isEqualTo("p1");
    assertThat(p.title()).contains("Red dress");
    assertThat(p.category()).containsExactly("Women", "Dresses");
    assertThat(p.brand()).contains("Acme");
    assertThat(p.price()).contains(new BigDecimal("49.90"));
    assertThat(p.currency()).contains("EUR");
    assertThat(p.inventory()).contains(3);
    assertThat(p.margin()).contains(0.4);
    assertThat(p.url()).contains("https://shop/p1");
    assertThat(p.imageUrl()).contains("https://shop/p1.jpg");
    assertThat(p.tags()).containsExactly("summer", "red");
    assertThat(p.availableFrom()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(p.availableTo()).contains(Instant.parse("2024-12-31T23:59:59Z"));
    assertThat(p.published()).isFalse();
    assertThat(p.createdAt()).contains(Instant.ofEpochSecond(1_700_000_000));
    assertThat(p.attributes()).isEmpty();
  }

  @Test
  void emptyFieldsAreAbsentAndPublishedDefaultsToTrue() {
    Product p = parser.parse(TestRow.of("product_id", "p1", "title", "", "price", " "));
    assertThat(p.title()).isEmpty();
    assertThat(p.price()).isEmpty();
    assertThat(p.published()).isTrue();
  }

  @Test
  void unknownColumnsBecomeCustomAttributesWhenNotEmpty() {
    Product p = parser.parse(TestRow.of("product_id", "p1", "material", " silk ", "season", ""));
    assertThat(p.attributes()).isEqualTo(Map.of("material", "silk"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "product_id||missing required field",
        "price|abc|not a number: 'abc'",
        "price|-1|must not be negative: -1",
        "margin|1.5|must be between 0 and 1: 1.5",
        "margin|x|not a number: 'x'",
        "inventory|2.5|not a whole number: '2.5'",
        "currency|euro|not a three-letter ISO 4217 code: 'euro'",
        "published|maybe|not true or false: 'maybe'",
        "created_at|soon|bad date 'soon': expected ISO-8601 (2024-03-01T10:15:30Z),"
            + " yyyy-MM-dd[ HH:mm[:ss]] (UTC) or epoch seconds",
      })
  void aBadFieldIsNamedWithItsReason(String field, String value, String reason) {
    TestRow row = TestRow.of("product_id", "p1").with(field, value == null ? "" : value);
    FieldException e = catchThrowableOfType(FieldException.class, () -> parser.parse(row));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void availabilityMustNotEndBeforeItStarts() {
    TestRow row =
        TestRow.of(
            "product_id", "p1", "available_from", "2024-02-01", "available_to", "2024-01-01");
    FieldException e = catchThrowableOfType(FieldException.class, () -> parser.parse(row));
    assertThat(e.field()).isEqualTo("available_to");
  }

  @Test
  void anIdWithAControlCharacterIsRefused() {
    TestRow row = TestRow.of("product_id", "p\u00011");
    FieldException e = catchThrowableOfType(FieldException.class, () -> parser.parse(row));
    assertThat(e.field()).isEqualTo("product_id");
    assertThat(e.reason()).contains("control character");
  }
}
