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

  @Property(tries = 40)
  void outOfBandIsACheckThatStopsAtThePriceBandForAnItemWithoutAvailabilityWindow(
      @ForAll long seed, @ForAll boolean withHistory) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Product> products = catalog(r);
    ItemTable table = new ItemTable(products);
    String yaml =
        "min_inventory: 20\nexclude_purchased: all\nprice: {within_aov: 0.3, default: {min: 0, max: "
            + r.nextInt(150)
            + "}}";
    RuleSet rules = new RuleSet(RuleSetTest.rules(yaml), NOW, 40);
    CompiledRules compiled =
        new CompiledRules(rules, table, p -> !p.attributes().containsKey("type"));
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
    CompiledRules.Bound bound = compiled.bind(rules.bind(facts, Map.of()), marks);
    for (int i = 0; i < table.size(); i++) {
      assertThat(bound.outOfBand(i))
          .as("item %s", products.get(i))
          .isEqualTo(bound.check(i) == Rejection.PRICE_BAND && table.alwaysAvailable(i));
    }
  }
}
