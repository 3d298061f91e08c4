package dev.tailor.ingest.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.ingest.read.TestRow;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerParserTest {
  private final CustomerParser parser = new CustomerParser();

  @Test
  void everyInterchangeFieldIsRead() {
    Customer c =
        parser.parse(
            TestRow.of(
                "customer_id", "c1",
                "email", "ann@example.com",
                "first_name", "Ann",
                "last_name", "Lee",
                "timezone", "Europe/Berlin",
                "country", "DE",
                "consent", "Subscribed",
                "consent_at", "2024-01-02 03:04:05",
                "created_at", "2023-12-01",
                "vip", "yes"));
    assertThat(c.id()).isEqualTo("c1");
    assertThat(c.email()).contains("ann@example.com");
    assertThat(c.firstName()).contains("Ann");
    assertThat(c.lastName()).contains("Lee");
    assertThat(c.timezone()).contains("Europe/Berlin");
    assertThat(c.country()).contains("DE");
    assertThat(c.consent())
        .isEqualTo(Consent.of(ConsentStatus.SUBSCRIBED, Instant.parse("2024-01-02T03:04:05Z")));
    assertThat(c.createdAt()).contains(Instant.parse("2023-12-01T00:00:00Z"));
    assertThat(c.attributes()).isEqualTo(Map.of("vip", "yes"));
  }

  @Test
  void noConsentMeansNever() {
    assertThat(parser.parse(TestRow.of("customer_id", "c1")).consent()).isEqualTo(Consent.NEVER);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "customer_id||missing required field",
        "email|ann.example.com|not an email address: 'ann.example.com'",
        "timezone|Mars/Base|unknown time zone: 'Mars/Base'",
        "consent|maybe|consent must be subscribed, unsubscribed or never, not 'maybe'",
        "consent_at|later|bad date 'later': expected ISO-8601 (2024-03-01T10:15:30Z),"
            + " yyyy-MM-dd[ HH:mm[:ss]] (UTC) or epoch seconds",
      })
  void aBadFieldIsNamedWithItsReason(String field, String value, String reason) {
    TestRow row = TestRow.of("customer_id", "c1").with(field, value == null ? "" : value);
    FieldException e = catchThrowableOfType(FieldException.class, () -> parser.parse(row));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.reason()).isEqualTo(reason);
  }
}
