package dev.tailor.ingest.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.ingest.read.TestRow;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventParserTest {
  private final EventParser parser = new EventParser();

  private static TestRow order() {
    return TestRow.of(
        "timestamp", "2024-03-01T10:00:00Z",
        "event", "order_completed",
        "customer_id", "c1",
        "product_id", "p1",
        "quantity", "2",
        "price", "9.50",
        "order_id", "o1");
  }

  @Test
  void everyInterchangeFieldIsRead() {
    Event e =
        parser.parse(
            order()
                .with("campaign_id", "camp")
                .with("message_id", "m1")
                .with("event_id", "e1")
                .with("anonymous_id", "a1"));
    assertThat(e.eventId()).isEqualTo("e1");
    assertThat(e.type()).isEqualTo(EventType.ORDER_COMPLETED);
    assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    assertThat(e.customerId()).contains("c1");
    assertThat(e.anonymousId()).contains("a1");
    assertThat(e.productId()).contains("p1");
    assertThat(e.quantity()).isEqualTo(2);
    assertThat(e.price()).contains(new BigDecimal("9.50"));
    assertThat(e.orderId()).contains("o1");
    assertThat(e.campaignId()).contains("camp");
    assertThat(e.messageId()).contains("m1");
  }

  @Test
  void segmentSpellingIsAccepted() {
    assertThat(parser.parse(order().with("event", "Order Completed")).type())
        .isEqualTo(EventType.ORDER_COMPLETED);
    assertThat(parser.parse(order().with("event", "Email Link Clicked")).type())
        .isEqualTo(EventType.EMAIL_CLICKED);
  }

  @Test
  void quantityDefaultsToOne() {
    assertThat(parser.parse(order().with("quantity", "")).quantity()).isEqualTo(1);
  }

  @Test
  void withoutAnEventIdTheIdIsAStableHashOfTheNormalizedRow() {
    Event a = parser.parse(order());
    Event b =
        new EventParser()
            .parse(
                order()
                    .with("event", "Order Completed")
                    .with("timestamp", "2024-03-01 10:00")
                    .with("price", "9.5"));
    Event other = parser.parse(order().with("quantity", "3"));
    assertThat(a.eventId()).startsWith("h:").hasSize(34).isEqualTo(b.eventId());
    assertThat(other.eventId()).isNotEqualTo(a.eventId());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "timestamp||missing required field",
        "timestamp|31/12/2024|bad date '31/12/2024': expected ISO-8601 (2024-03-01T10:15:30Z),"
            + " yyyy-MM-dd[ HH:mm[:ss]] (UTC) or epoch seconds",
        "event||missing required field",
        "event|order_shipped|unknown event type: 'order_shipped'",
        "quantity|-1|must not be negative: -1",
        "quantity|two|not a whole number: 'two'",
        "price|-0.5|must not be negative: -0.5",
        "price|1,5|not a number: '1,5'",
      })
  void aBadFieldIsNamedWithItsReason(String field, String value, String reason) {
    TestRow row = order().with(field, value == null ? "" : value);
    FieldException e = catchThrowableOfType(FieldException.class, () -> parser.parse(row));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void aCustomerOrAnAnonymousIdIsRequired() {
    FieldException e =
        catchThrowableOfType(
            FieldException.class, () -> parser.parse(order().with("customer_id", "")));
    assertThat(e.field()).isEqualTo("customer_id");
    assertThat(e.reason()).contains("anonymous_id");
    assertThat(parser.parse(order().with("customer_id", "").with("anonymous_id", "a1")))
        .extracting(Event::anonymousId)
        .isEqualTo(java.util.Optional.of("a1"));
  }

  @Test
  void identifyNeedsBothIds() {
    TestRow row = order().with("event", "identify");
    FieldException e = catchThrowableOfType(FieldException.class, () -> parser.parse(row));
    assertThat(e.field()).isEqualTo("anonymous_id");
    assertThat(e.reason()).isEqualTo("missing required field");
  }
}
