package dev.tailor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainValidationTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void anEventNeedsACustomerOrAnAnonymousId() {
    assertThatThrownBy(() -> Event.builder("e1", EventType.PRODUCT_VIEWED, T).build())
        .hasMessage("customer_id or anonymous_id is required");
    assertThat(Event.builder("e1", EventType.PRODUCT_VIEWED, T).anonymousId("a1").build())
        .satisfies(e -> assertThat(e.customerId()).isEmpty());
  }

  @Test
  void identifyNeedsBothIds() {
    assertThatThrownBy(() -> Event.builder("e1", EventType.IDENTIFY, T).customerId("c1").build())
        .hasMessageContaining("identify needs both");
  }

  @Test
  void negativeQuantitiesAndPricesAreRejected() {
    assertThatThrownBy(
            () ->
                Event.builder("e1", EventType.ORDER_COMPLETED, T)
                    .customerId("c1")
                    .quantity(-1)
                    .build())
        .hasMessageContaining("quantity");
    assertThatThrownBy(() -> Product.builder("p1").price(new BigDecimal("-0.01")).build())
        .hasMessageContaining("price");
  }

  @Test
  void marginMustBeAShare() {
    assertThatThrownBy(() -> Product.builder("p1").margin(1.5).build())
        .hasMessageContaining("margin");
  }

  @Test
  void idsAreStrippedAndBlankIdsRejected() {
    assertThat(Customer.of("  c1 ").id()).isEqualTo("c1");
    assertThatThrownBy(() -> Customer.of(" ")).hasMessage("customer_id is required");
    assertThatThrownBy(() -> Customer.of("a\u0000b")).hasMessageContaining("control character");
  }

  @Test
  void categoryPathsSplitOnTheSeparatorAndJoinBack() {
    Product p =
        Product.builder("p1").category(Product.parseCategory("Women >  Dresses>Maxi")).build();
    assertThat(p.category()).containsExactly("Women", "Dresses", "Maxi");
    assertThat(p.categoryPath()).isEqualTo("Women > Dresses > Maxi");
  }

  @Test
  void availabilityHonoursThePublishedFlagAndTheWindow() {
    Product p =
        Product.builder("p1")
            .availableFrom(T)
            .availableTo(T.plusSeconds(3600))
            .attributes(Map.of("season", "summer"))
            .tags(List.of("linen"))
            .build();
    assertThat(p.availableAt(T.minusSeconds(1))).isFalse();
    assertThat(p.availableAt(T.plusSeconds(60))).isTrue();
    assertThat(p.availableAt(T.plusSeconds(3601))).isFalse();
    assertThat(Product.builder("p2").published(false).build().availableAt(T)).isFalse();
  }
}
