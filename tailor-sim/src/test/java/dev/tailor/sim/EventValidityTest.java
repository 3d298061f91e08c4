package dev.tailor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class EventValidityTest {
  private final SampleShop shop = SampleShop.get();

  @Test
  void everyEventRowBuildsAValidCoreEvent() {
    for (CSVRecord r : shop.events) {
      Event e = toEvent(r);
      assertThat(e.customerId().isPresent() || e.anonymousId().isPresent()).isTrue();
      assertThat(e.quantity()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void everyEventLiesInTheSimulatedWindow() {
    for (CSVRecord r : shop.events) {
      Instant t = Instant.parse(r.get("timestamp"));
      assertThat(t).isAfterOrEqualTo(shop.start()).isBefore(SampleShop.CONFIG.end());
    }
  }

  @Test
  void everyProductEventNamesAPublishedProductOnSaleAtThatMoment() {
    for (CSVRecord r : shop.events) {
      String id = r.get("product_id");
      if (id.isEmpty()) {
        continue;
      }
      CSVRecord p = shop.products.get(id);
      assertThat(p).as(id).isNotNull();
      Instant t = Instant.parse(r.get("timestamp"));
      assertThat(p.get("published")).isEqualTo("true");
      assertThat(t).isAfterOrEqualTo(Instant.parse(p.get("created_at")));
      if (!p.get("available_from").isEmpty()) {
        assertThat(t)
            .isBetween(
                Instant.parse(p.get("available_from")), Instant.parse(p.get("available_to")));
      }
    }
  }

  @Test
  void eventIdsAreUniqueAndEveryCustomerIdIsKnown() {
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : shop.events) {
      assertThat(ids.add(r.get("event_id"))).as(r.get("event_id")).isTrue();
      if (!r.get("customer_id").isEmpty()) {
        assertThat(shop.customers).containsKey(r.get("customer_id"));
      }
    }
  }

  @Test
  void anonymousVisitorsIdentifyAfterTheirAnonymousEventsAndThenActAsTheCustomer() {
    Map<String, String> identified = new HashMap<>();
    Set<String> seenAnonymously = new HashSet<>();
    for (CSVRecord r : shop.events) {
      String anonymous = r.get("anonymous_id");
      String customer = r.get("customer_id");
      if (r.get("event").equals("identify")) {
        assertThat(anonymous).isNotEmpty();
        assertThat(customer).isNotEmpty();
        assertThat(seenAnonymously).contains(anonymous);
        assertThat(identified.put(anonymous, customer)).isNull();
        assertThat(r.get("timestamp")).isEqualTo(shop.customers.get(customer).get("created_at"));
      } else if (!anonymous.isEmpty()) {
        assertThat(customer).isEmpty();
        assertThat(identified).doesNotContainKey(anonymous);
        seenAnonymously.add(anonymous);
      }
    }
    assertThat(identified.keySet()).isEqualTo(seenAnonymously);
    assertThat(identified.size()).isBetween(200, 600);
  }

  @Test
  void ordersHaveOneRowPerLineWithTheSameIdQuantityAndUnitPrice() {
    Map<String, CSVRecord> firstLine = new HashMap<>();
    java.util.Set<String> lines = new java.util.HashSet<>();
    for (CSVRecord r : shop.events) {
      if (!r.get("event").equals("order_completed")) {
        assertThat(r.get("order_id")).isEmpty();
        continue;
      }
      assertThat(Integer.parseInt(r.get("quantity"))).isPositive();
      assertThat(lines.add(r.get("order_id") + "/" + r.get("product_id")))
          .as("a product appears once per order")
          .isTrue();
      assertThat(r.get("price")).isEqualTo(shop.products.get(r.get("product_id")).get("price"));
      CSVRecord first = firstLine.putIfAbsent(r.get("order_id"), r);
      if (first != null) {
        assertThat(r.get("customer_id")).isEqualTo(first.get("customer_id"));
        assertThat(r.get("timestamp")).isEqualTo(first.get("timestamp"));
      }
    }
    assertThat(firstLine).hasSizeGreaterThan(500);
  }

  @Test
  void emailEventsCarryTheCampaignAndMessageAndClicksAProduct() {
    for (CSVRecord r : shop.events) {
      boolean email = r.get("event").startsWith("email_");
      assertThat(r.get("campaign_id").isEmpty()).isEqualTo(!email);
      assertThat(r.get("message_id").isEmpty()).isEqualTo(!email);
      if (email) {
        assertThat(r.get("campaign_id")).matches("newsletter-2026-\\d\\d-\\d\\d");
        assertThat(r.get("customer_id")).isNotEmpty();
        assertThat(r.get("product_id").isEmpty())
            .isEqualTo(!r.get("event").equals("email_clicked"));
      }
    }
  }

  @Test
  void onlySubscribersGetNewslettersAndNothingAfterAnUnsubscribeOrABounce() {
    Map<String, String> stoppedAt = new HashMap<>();
    for (CSVRecord r : shop.events) {
      String type = r.get("event");
      if (!type.startsWith("email_")) {
        continue;
      }
      String customer = r.get("customer_id");
      CSVRecord c = shop.customers.get(customer);
      assertThat(c.get("consent")).isNotEqualTo("never");
      if (c.get("consent").equals("subscribed")) {
        assertThat(r.get("timestamp")).isGreaterThanOrEqualTo(c.get("consent_at"));
      } else {
        assertThat(r.get("timestamp")).isLessThanOrEqualTo(c.get("consent_at"));
      }
      assertThat(stoppedAt).doesNotContainKey(customer);
      if (type.equals("email_unsubscribed")) {
        assertThat(c.get("consent")).isEqualTo("unsubscribed");
        assertThat(c.get("consent_at")).isEqualTo(r.get("timestamp"));
        stoppedAt.put(customer, r.get("timestamp"));
      } else if (type.equals("email_bounced")) {
        stoppedAt.put(customer, r.get("timestamp"));
      }
    }
    long unsubscribes = shop.summary.eventsByType().get(EventType.EMAIL_UNSUBSCRIBED);
    assertThat(unsubscribes).isPositive().isLessThan(shop.customers.size() / 10);
  }

  @Test
  void customersHaveMatchingCountriesTimeZonesAndExampleDotComEmails() {
    Map<String, String> zoneCountry = Map.of("Europe/Berlin", "DE", "Europe/Paris", "FR");
    Set<String> emails = new HashSet<>();
    for (CSVRecord c : shop.customers.values()) {
      assertThat(c.get("email")).endsWith("@example.com").matches("[a-z0-9._]+@example\\.com");
      assertThat(emails.add(c.get("email"))).isTrue();
      assertThat(java.time.ZoneId.of(c.get("timezone"))).isNotNull();
      String expected = zoneCountry.get(c.get("timezone"));
      if (expected != null) {
        assertThat(c.get("country")).isEqualTo(expected);
      }
      assertThat(c.get("consent")).isIn("subscribed", "unsubscribed", "never");
      assertThat(c.get("consent_at").isEmpty()).isEqualTo(c.get("consent").equals("never"));
      assertThat(c.get("loyalty_tier")).isIn("bronze", "silver", "gold");
    }
    Map<String, Long> consent = countBy(List.copyOf(shop.customers.values()), "consent");
    assertThat(consent.get("subscribed")).isGreaterThan(consent.get("unsubscribed"));
    assertThat(consent.get("unsubscribed")).isPositive();
    assertThat(consent.get("never")).isPositive();
  }

  static Event toEvent(CSVRecord r) {
    Event.Builder b =
        Event.builder(
                r.get("event_id"),
                EventType.parse(r.get("event")),
                Instant.parse(r.get("timestamp")))
            .customerId(blankToNull(r.get("customer_id")))
            .anonymousId(blankToNull(r.get("anonymous_id")))
            .productId(blankToNull(r.get("product_id")))
            .orderId(blankToNull(r.get("order_id")))
            .campaignId(blankToNull(r.get("campaign_id")))
            .messageId(blankToNull(r.get("message_id")));
    if (!r.get("quantity").isEmpty()) {
      b.quantity(Integer.parseInt(r.get("quantity")));
    }
    if (!r.get("price").isEmpty()) {
      b.price(new BigDecimal(r.get("price")));
    }
    return b.build();
  }

  static Map<String, Long> countBy(List<CSVRecord> records, String column) {
    Map<String, Long> out = new HashMap<>();
    for (CSVRecord r : records) {
      out.merge(r.get(column), 1L, Long::sum);
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
