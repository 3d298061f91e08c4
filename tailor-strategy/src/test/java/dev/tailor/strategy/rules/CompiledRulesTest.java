package dev.tailor.strategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.items.ItemTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CompiledRulesTest {
  static final Instant NOW = RuleSetTest.NOW;

  /** Items that vary in everything the hard rules read before and at the price band. */
  static List<Product> catalog(SplittableRandom r) {
    List<Product> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Product.Builder b =
          Product.builder("P" + i)
              .category(List.of("Dept", "Cat" + r.nextInt(4)))
              .brand("B" + r.nextInt(3))
              .inventory(r.nextInt(5) == 0 ? r.nextInt(3) : 20 + r.nextInt(50))
              .margin(r.nextDouble())
              .published(r.nextInt(10) != 0);
      if (r.nextInt(8) != 0) {
        b.price(BigDecimal.valueOf(r.nextInt(200)));
      }
      Instant from = NOW.minus(Duration.ofDays(r.nextInt(20) - 10));
      if (r.nextInt(6) == 0) {
        b.availableFrom(from);
      }
      if (r.nextInt(6) == 0) {
        b.availableTo(from.plus(Duration.ofDays(r.nextInt(20))));
      }
      if (r.nextInt(7) == 0) {
        b.attributes(Map.of("type", "article"));
      }
      out.add(b.build());
    }
    return out;
  }

  @Property(tries = 60)
  void theCompiledCheckAgreesWithTheRuleSetAndOutOfBandWithTheCheck(
      @ForAll long seed,
      @ForAll boolean withHistory,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -2, max = 2) int days,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 86_399) int second) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Product> products = catalog(r);
    ItemTable table = new ItemTable(products);
    String yaml =
        "min_inventory: 20\nexclude_purchased: all\nprice: {within_aov: 0.3, default: {min: 0, max: "
            + r.nextInt(150)
            + "}}";
    // compiled at one time of a day, bound at another time of the same day or of another day
    Instant day = Instant.ofEpochSecond(NOW.getEpochSecond() / 86_400 * 86_400);
    RuleSet compiledAt =
        new RuleSet(RuleSetTest.rules(yaml), day.plusSeconds(r.nextInt(86_400)), 40);
    Instant at = day.plus(Duration.ofDays(days)).plusSeconds(second);
    RuleSet rules = new RuleSet(RuleSetTest.rules(yaml), at, 40);
    CompiledRules compiled =
        new CompiledRules(compiledAt, table, p -> !p.attributes().containsKey("type"));
    List<dev.tailor.core.event.Event> events = new ArrayList<>();
    if (withHistory) {
      for (int k = 0; k < 3; k++) {
        Product p = products.get(r.nextInt(products.size()));
        events.add(
            dev.tailor.core.event.Event.builder(
                    "e" + k,
                    dev.tailor.core.event.EventType.ORDER_COMPLETED,
                    NOW.minus(Duration.ofDays(1 + k)))
                .customerId("c")
                .productId(p.id())
                .orderId("o" + k)
                .price(BigDecimal.valueOf(5 + r.nextInt(150)))
                .build());
      }
    }
    Map<String, Product> byId = new java.util.HashMap<>();
    products.forEach(p -> byId.put(p.id(), p));
    CustomerFacts facts = CustomerFacts.of("c", java.util.Optional.empty(), events, byId);
    Marks marks = new Marks(table);
    marks.reset(facts, Map.of());
    for (int k = 0; k < 20; k++) {
      marks.use(r.nextInt(table.size()));
    }
    RuleSet.Bound reference = rules.bind(facts, Map.of());
    CompiledRules.Bound bound = compiled.bind(reference, marks);
    for (int i = 0; i < table.size(); i++) {
      Product p = products.get(i);
      Rejection got = bound.check(i);
      if (!p.attributes().containsKey("type") && !marks.used(i)) {
        assertThat(java.util.Optional.ofNullable(got))
            .as("item %s", p)
            .isEqualTo(reference.check(p));
      }
      boolean allDay =
          table.availableDuring(i, day, day.plus(Duration.ofDays(1)).minusNanos(1)) == 1;
      if (bound.outOfBand(i)) {
        assertThat(got).as("item %s", p).isEqualTo(Rejection.PRICE_BAND);
      } else if (days == 0) {
        assertThat(got == Rejection.PRICE_BAND && allDay).as("item %s", p).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void availabilityThroughoutAnIntervalIsDecidedByItsEnds(
      @ForAll @net.jqwik.api.constraints.IntRange(min = -5, max = 5) int from,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 5) int length,
      @ForAll boolean hasFrom,
      @ForAll boolean hasTo,
      @ForAll boolean published,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -6, max = 6) int a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int span) {
    Instant t0 = NOW;
    Product.Builder b = Product.builder("P").published(published);
    if (hasFrom) {
      b.availableFrom(t0.plusSeconds(from));
    }
    if (hasTo) {
      b.availableTo(t0.plusSeconds(from + length));
    }
    ItemTable table = new ItemTable(List.of(b.build()));
    int during = table.availableDuring(0, t0.plusSeconds(a), t0.plusSeconds(a + span));
    int available = 0;
    for (int s = a; s <= a + span; s++) {
      available += table.availableAt(0, t0.plusSeconds(s)) ? 1 : 0;
    }
    // whole seconds suffice: every bound above is a whole second
    if (available == span + 1) {
      assertThat(during).isEqualTo(1);
    } else if (available == 0) {
      assertThat(during).isEqualTo(0);
    } else {
      assertThat(during).isEqualTo(-1);
    }
  }
}
