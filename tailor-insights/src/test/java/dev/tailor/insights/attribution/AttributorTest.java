package dev.tailor.insights.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.engagement.ClassifiedHit;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.engagement.HitKind;
import dev.tailor.insights.engagement.MachineSignal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributorTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private final Attributor attributor = new Attributor(AttributionPolicy.DEFAULTS);
  private final SentMessage first = message("m1", "spring", T0);
  private final SentMessage second = message("m2", "summer", T0.plus(Duration.ofDays(2)));
  private int ids;

  @Test
  void theLastClickWithinFiveDaysWinsOverALaterOpen() {
    List<ClassifiedHit> hits =
        List.of(
            human(HitKind.CLICK, "m1", T0.plus(Duration.ofHours(1))),
            human(HitKind.OPEN, "m2", T0.plus(Duration.ofDays(3))));
    Order o = order("o1", T0.plus(Duration.ofDays(3).plusHours(2)), line("p2", 1, "30.00"));

    List<Attribution> a = attributor.attribute(List.of(first, second), hits, List.of(o));

    assertThat(a)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message().messageId()).isEqualTo("m1");
              assertThat(x.touch()).isEqualTo(Touch.CLICK);
              assertThat(x.touchedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
            });
  }

  @Test
  void withoutAClickTheLastHumanOpenWithinADayWins() {
    List<ClassifiedHit> hits =
        List.of(
            human(HitKind.CLICK, "m1", T0),
            human(HitKind.OPEN, "m1", T0.plus(Duration.ofDays(5))),
            human(HitKind.OPEN, "m2", T0.plus(Duration.ofDays(5).plusHours(3))),
            machine(HitKind.OPEN, "m1", T0.plus(Duration.ofDays(5).plusHours(4))));
    // 5 days 5 hours after the click: outside the click window, 2 hours after the m2 open
    Order o = order("o1", T0.plus(Duration.ofDays(5).plusHours(5)), line("p9", 1, "10"));

    Attribution a = attributor.attribute(List.of(first, second), hits, List.of(o)).get(0);

    assertThat(a.message().messageId()).isEqualTo("m2");
    assertThat(a.touch()).isEqualTo(Touch.OPEN);
  }

  @Test
  void machineHitsLateHitsAndOldHitsEarnNothing() {
    List<ClassifiedHit> hits =
        List.of(
            machine(HitKind.CLICK, "m1", T0.plus(Duration.ofHours(1))),
            machine(HitKind.OPEN, "m1", T0.plus(Duration.ofHours(1))),
            human(HitKind.CLICK, "m2", T0.plus(Duration.ofDays(3))),
            human(HitKind.OPEN, "m1", T0));
    Order o = order("o1", T0.plus(Duration.ofDays(2)), line("p1", 1, "10"));
    assertThat(attributor.attribute(List.of(first, second), hits, List.of(o))).isEmpty();
  }

  @Test
  void theWindowsIncludeTheirEdgesAndAreConfigurable() {
    List<ClassifiedHit> hits = List.of(human(HitKind.CLICK, "m1", T0));
    Order atEdge = order("o1", T0.plus(Duration.ofDays(5)), line("p1", 1, "10"));
    Order beyond = order("o2", T0.plus(Duration.ofDays(5)).plusSeconds(1), line("p1", 1, "10"));
    assertThat(attributor.attribute(List.of(first), hits, List.of(atEdge, beyond)))
        .extracting(a -> a.order().orderId())
        .containsExactly("o1");

    Attributor oneDay =
        new Attributor(
            new AttributionPolicy(Duration.ofDays(1), Duration.ofHours(1), Duration.ofDays(1)));
    assertThat(oneDay.attribute(List.of(first), hits, List.of(atEdge))).isEmpty();
    assertThatThrownBy(
            () -> new AttributionPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1)))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("tailor.attribution.click-window");
  }

  @Test
  void eachLineSaysWhetherTheEmailRecommendedItsProduct() {
    List<ClassifiedHit> hits = List.of(human(HitKind.CLICK, "m1", T0.plusSeconds(600)));
    Order o =
        order("o1", T0.plus(Duration.ofHours(2)), line("p2", 2, "25.00"), line("p9", 1, "40.00"));

    Attribution a = attributor.attribute(List.of(first), hits, List.of(o)).get(0);

    assertThat(a.revenue()).isEqualByComparingTo("90.00");
    assertThat(a.recommendedRevenue()).isEqualByComparingTo("50.00");
    assertThat(a.lines().get(0).recommended())
        .contains(new RecommendedItem("similar", "p2", "itemknn", 2, false));
    assertThat(a.lines().get(1).recommended()).isEmpty();
  }

  @Test
  void outcomesCountEveryOrderInTheWindowAfterTheSendForVariantsAndHoldoutAlike() {
    SentMessage held = new SentMessage("m3", "c2", "spring", "holdout", true, T0, List.of());
    List<Order> orders =
        List.of(
            new Order("o1", "c2", T0.minusSeconds(1), List.of(line("p1", 1, "5"))),
            new Order("o2", "c2", T0.plus(Duration.ofDays(1)), List.of(line("p1", 1, "7.50"))),
            new Order("o3", "c2", T0.plus(Duration.ofDays(4)), List.of(line("p1", 2, "5"))),
            new Order("o4", "c2", T0.plus(Duration.ofDays(6)), List.of(line("p1", 1, "100"))));

    List<RecipientOutcome> out = attributor.outcomes(List.of(first, held), orders);

    assertThat(out.get(0).converted()).isFalse();
    assertThat(out.get(1).orders()).isEqualTo(2);
    assertThat(out.get(1).revenue()).isEqualByComparingTo("17.50");
  }

  @Test
  void ordersAreGroupedFromEventsByOrderId() {
    List<Event> events =
        List.of(
            Event.builder("e1", EventType.ORDER_COMPLETED, T0.plusSeconds(5))
                .customerId("c1")
                .orderId("A")
                .productId("p1")
                .quantity(2)
                .price(new BigDecimal("9.50"))
                .build(),
            Event.builder("e2", EventType.ORDER_COMPLETED, T0)
                .customerId("c1")
                .orderId("A")
                .productId("p2")
                .build(),
            Event.builder("e3", EventType.ORDER_COMPLETED, T0)
                .customerId("c1")
                .productId("p3")
                .price(BigDecimal.ONE)
                .build(),
            Event.builder("e4", EventType.ORDER_COMPLETED, T0)
                .anonymousId("anon")
                .orderId("B")
                .build(),
            Event.builder("e5", EventType.PRODUCT_VIEWED, T0)
                .customerId("c1")
                .productId("p1")
                .build());

    List<Order> orders = Order.fromEvents(events);

    assertThat(orders).extracting(Order::orderId).containsExactly("A", "e3");
    assertThat(orders.get(0).at()).isEqualTo(T0);
    assertThat(orders.get(0).revenue()).isEqualByComparingTo("19.00");
    assertThat(orders.get(0).lines()).hasSize(2);
  }

  private SentMessage message(String id, String campaign, Instant sent) {
    return new SentMessage(
        id,
        "c1",
        campaign,
        "ai",
        false,
        sent,
        List.of(
            new SentSlot(
                "similar",
                2,
                List.of(
                    new RecommendedItem("similar", "p1", "itemknn", 1, false),
                    new RecommendedItem("similar", "p2", "itemknn", 2, false)))));
  }

  private ClassifiedHit human(HitKind kind, String message, Instant at) {
    return new ClassifiedHit(hit(kind, message, at), Set.of());
  }

  private ClassifiedHit machine(HitKind kind, String message, Instant at) {
    return new ClassifiedHit(hit(kind, message, at), Set.of(MachineSignal.PRIVACY_PROXY));
  }

  private EmailHit hit(HitKind kind, String message, Instant at) {
    return new EmailHit(
        "h" + ids++,
        kind,
        message,
        at,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Order order(String id, Instant at, OrderLine... lines) {
    return new Order(id, "c1", at, List.of(lines));
  }

  private static OrderLine line(String product, int quantity, String unitPrice) {
    return new OrderLine(
        Optional.of(product),
        quantity,
        new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity)));
  }
}
