package dev.tailor.testkit;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.identity.IdentityLink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sample customers, products, events and identity links with every field filled in, so tests only
 * spell out what they care about. All times derive from {@link #T0}.
 */
public final class Fixtures {
  /** The reference instant of the fixtures, equal to {@link FixedClock#DEFAULT_INSTANT}. */
  public static final Instant T0 = FixedClock.DEFAULT_INSTANT;

  private Fixtures() {}

  /** {@link #T0} plus {@code minutes} (negative for earlier). */
  public static Instant minutes(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** {@link #T0} plus {@code days} (negative for earlier). */
  public static Instant days(long days) {
    return T0.plus(Duration.ofDays(days));
  }

  /** A subscribed customer with every field set, e.g. email {@code c1@example.com}. */
  public static Customer customer(String id) {
    return customerBuilder(id).build();
  }

  /** The builder behind {@link #customer}, to change a few fields. */
  public static Customer.Builder customerBuilder(String id) {
    return Customer.builder(id)
        .email(id + "@example.com")
        .firstName("First " + id)
        .lastName("Last " + id)
        .timezone("Europe/Berlin")
        .country("DE")
        .consent(Consent.of(ConsentStatus.SUBSCRIBED, days(-10)))
        .createdAt(days(-30))
        .attributes(Map.of("tier", "gold"));
  }

  /** A published, in-stock product with every field set, priced 19.90 EUR. */
  public static Product product(String id) {
    return productBuilder(id).build();
  }

  /** The builder behind {@link #product}, to change a few fields. */
  public static Product.Builder productBuilder(String id) {
    return Product.builder(id)
        .title("Product " + id)
        .category(List.of("Women", "Dresses"))
        .brand("Acme")
        .price(new BigDecimal("19.90"))
        .currency("EUR")
        .inventory(10)
        .margin(0.4)
        .url("https://shop.example/p/" + id)
        .imageUrl("https://shop.example/img/" + id + ".jpg")
        .tags(List.of("new", "summer"))
        .published(true)
        .createdAt(days(-60))
        .attributes(Map.of("color", "red"));
  }

  /** An event of a known customer about a product (quantity 1, no price). */
  public static Event event(
      String eventId, EventType type, String customerId, String productId, Instant at) {
    return Event.builder(eventId, type, at).customerId(customerId).productId(productId).build();
  }

  /** An event of an anonymous visitor about a product (quantity 1, no price). */
  public static Event anonymousEvent(
      String eventId, EventType type, String anonymousId, String productId, Instant at) {
    return Event.builder(eventId, type, at).anonymousId(anonymousId).productId(productId).build();
  }

  /** A {@code product_viewed} event of a known customer. */
  public static Event view(String eventId, String customerId, String productId, Instant at) {
    return event(eventId, EventType.PRODUCT_VIEWED, customerId, productId, at);
  }

  /**
   * An {@code order_completed} event of a known customer, one unit at 19.90 in order {@code
   * o-<eventId>}.
   */
  public static Event purchase(String eventId, String customerId, String productId, Instant at) {
    return Event.builder(eventId, EventType.ORDER_COMPLETED, at)
        .customerId(customerId)
        .productId(productId)
        .price(new BigDecimal("19.90"))
        .orderId("o-" + eventId)
        .build();
  }

  /** A link from an anonymous id to a customer made at {@code at}. */
  public static IdentityLink link(String anonymousId, String customerId, Instant at) {
    return new IdentityLink(anonymousId, customerId, at);
  }
}
