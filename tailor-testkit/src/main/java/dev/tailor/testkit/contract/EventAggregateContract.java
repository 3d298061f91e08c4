package dev.tailor.testkit.contract;

import static dev.tailor.testkit.Fixtures.minutes;
import static dev.tailor.testkit.Fixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventRepository;
import dev.tailor.core.event.EventType;
import dev.tailor.core.event.InteractionStats;
import dev.tailor.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventRepository} contract for the aggregates over events of known customers: {@code
 * topProducts} and {@code interactionStats}. {@link StoreContract} covers anonymous visitors.
 */
public abstract class EventAggregateContract extends StoreContractSupport {

  private EventRepository events() {
    return store.events();
  }

  @Test
  public void topProductsRanksByEventsThenProductIdWithinTypeAndSince() {
    events()
        .appendAll(
            List.of(
                view("v1", "c1", "p2", minutes(1)),
                view("v2", "c2", "p2", minutes(2)),
                view("v3", "c1", "p2", minutes(3)),
                view("v4", "c1", "p1", minutes(1)),
                view("v5", "c3", "p1", minutes(2)),
                view("v6", "c1", "p3", minutes(1)),
                view("v7", "c2", "p3", minutes(2)),
                view("old", "c1", "p4", minutes(-1)),
                view("old2", "c2", "p4", minutes(-2)),
                view("old3", "c3", "p4", minutes(-3)),
                Event.builder("noproduct", EventType.PRODUCT_VIEWED, minutes(5))
                    .customerId("c1")
                    .build(),
                Fixtures.purchase("o1", "c1", "p5", minutes(1)),
                Fixtures.purchase("o2", "c2", "p5", minutes(1)),
                Fixtures.purchase("o3", "c3", "p5", minutes(1))));
    assertThat(events().topProducts(EventType.PRODUCT_VIEWED, minutes(0), 10))
        .extracting(
            pc -> pc.productId() + ":" + pc.events() + ":" + pc.quantity() + ":" + pc.customers())
        .containsExactly("p2:3:3:2", "p1:2:2:2", "p3:2:2:2");
    assertThat(events().topProducts(EventType.PRODUCT_VIEWED, minutes(0), 2))
        .extracting(pc -> pc.productId())
        .containsExactly("p2", "p1");
    assertThat(events().topProducts(EventType.PRODUCT_VIEWED, minutes(2), 10))
        .extracting(pc -> pc.productId() + ":" + pc.events())
        .containsExactly("p2:2", "p1:1", "p3:1");
    assertThat(events().topProducts(EventType.PRODUCT_VIEWED, minutes(-3), 1))
        .extracting(pc -> pc.productId())
        .containsExactly("p2");
    assertThat(events().topProducts(EventType.PRODUCT_VIEWED, minutes(-3), 3))
        .extracting(pc -> pc.productId())
        .containsExactly("p2", "p4", "p1");
    assertThat(events().topProducts(EventType.ORDER_COMPLETED, Instant.MIN, 10))
        .extracting(pc -> pc.productId() + ":" + pc.events())
        .containsExactly("p5:3");
  }

  @Test
  public void topProductsSumsQuantities() {
    events()
        .appendAll(
            List.of(
                Event.builder("a1", EventType.PRODUCT_ADDED, minutes(1))
                    .customerId("c1")
                    .productId("p1")
                    .quantity(4)
                    .build(),
                Event.builder("a2", EventType.PRODUCT_ADDED, minutes(2))
                    .customerId("c1")
                    .productId("p1")
                    .quantity(0)
                    .build(),
                Event.builder("a3", EventType.PRODUCT_ADDED, minutes(3))
                    .customerId("c2")
                    .productId("p1")
                    .quantity(2)
                    .build()));
    assertThat(events().topProducts(EventType.PRODUCT_ADDED, minutes(0), 5))
        .extracting(
            pc -> pc.productId() + ":" + pc.events() + ":" + pc.quantity() + ":" + pc.customers())
        .containsExactly("p1:3:6:2");
  }

  @Test
  public void interactionStatsCountsProductInteractionsAgainstTheThreshold() {
    events()
        .appendAll(
            List.of(
                view("v1", "c1", "p1", minutes(1)),
                view("v2", "c1", "p2", minutes(2)),
                Event.builder("a1", EventType.PRODUCT_ADDED, minutes(3))
                    .customerId("c1")
                    .productId("p1")
                    .build(),
                Fixtures.purchase("o1", "c2", "p1", minutes(4)),
                Event.builder("click", EventType.EMAIL_CLICKED, minutes(5))
                    .customerId("c3")
                    .productId("p3")
                    .build(),
                Event.builder("open", EventType.EMAIL_OPENED, minutes(5))
                    .customerId("c4")
                    .productId("p3")
                    .build(),
                Event.builder("checkout", EventType.CHECKOUT_STARTED, minutes(5))
                    .customerId("c4")
                    .productId("p3")
                    .build(),
                Event.builder("noproduct", EventType.PRODUCT_VIEWED, minutes(6))
                    .customerId("c5")
                    .build(),
                Event.builder("order-without-product", EventType.ORDER_COMPLETED, minutes(7))
                    .customerId("c6")
                    .orderId("o9")
                    .build()));
    assertThat(events().interactionStats(3)).isEqualTo(new InteractionStats(5, 3, 1, 1, 2, 3));
    assertThat(events().interactionStats(2)).isEqualTo(new InteractionStats(5, 3, 1, 1, 2, 2));
    assertThat(events().interactionStats(1)).isEqualTo(new InteractionStats(5, 3, 3, 3, 2, 1));
    assertThat(events().interactionStats(4)).isEqualTo(new InteractionStats(5, 3, 0, 0, 2, 4));
  }
}
