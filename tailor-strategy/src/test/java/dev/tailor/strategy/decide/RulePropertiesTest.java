package dev.tailor.strategy.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.strategy.TestShop;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import dev.tailor.testkit.FixedClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated shops and strategies, the rule guarantees hold for every customer: no unavailable,
 * out-of-stock, low-inventory, already-purchased or out-of-band item, no duplicate, never more than
 * the per-brand cap in a slot; fallback items included (no fallback relaxes a rule), and items of a
 * slot that chooses among arms (sources) per decision.
 */
class RulePropertiesTest {
  /** A generated strategy's parameters. */
  record Rules(
      int minInventory,
      int maxPerBrand,
      double tolerance,
      int defaultMax,
      String goal,
      double lambda,
      double rate,
      String arms) {}

  @Provide
  Arbitrary<Rules> rules() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(0.1, 0.3, 0.5),
            Arbitraries.of(50, 120, 400),
            Arbitraries.of("clicks", "revenue", "engagement"),
            Arbitraries.of(0.3, 0.7, 1.0),
            Arbitraries.of(0.0, 0.3),
            Arbitraries.of("", "method: epsilon_greedy, rate: 0.5", "method: thompson"))
        .as(Rules::new);
  }

  static String yaml(Rules r) {
    return """
        name: generated
        goal: %s
        diversity: {lambda: %s, threshold: 0.95}
        rules:
          min_inventory: %d
          max_per_brand: %d
          exclude_purchased: all
          exclude_emailed: 14d
          price: {within_aov: %s, default: {min: 0, max: %d}}
        fallbacks: [trending, bestsellers, {curated: [P0001, P0002, P0003]}]
        slots:
          similar:
            count: 4
            source: {algorithm: itemknn, seed: last_purchase}
          category:
            count: 3
            source: %s
          viewed:
            count: 3
            source: {algorithm: itemknn, seed: last_viewed}
          discover:
            count: 3
            source: {algorithm: popular, scope: outside_usual}
            exploration: {rate: %s, method: thompson}
        """
        .formatted(
            r.goal(),
            r.lambda(),
            r.minInventory(),
            r.maxPerBrand(),
            r.tolerance(),
            r.defaultMax(),
            r.arms().isEmpty()
                ? "{algorithm: trending, seed: preferred_category}"
                : "{arms: [{algorithm: trending, seed: preferred_category}, popular,"
                    + " {algorithm: itemknn, seed: last_purchase}], "
                    + r.arms()
                    + "}",
            r.rate());
  }

  @Property(tries = 25)
  void noDecisionBreaksAHardRuleRepeatsAnItemOrExceedsTheBrandCap(
      @ForAll("rules") Rules r, @ForAll long seed) {
    TestShop shop = new TestShop(seed, 150, 60, 0.25);
    StrategySpec spec = StrategyParser.parse(yaml(r), "generated.yaml");
    // every third product was emailed to everyone three days ago
    Map<String, java.time.Instant> emailed = new HashMap<>();
    shop.catalog.keySet().stream()
        .filter(id -> id.hashCode() % 3 == 0)
        .forEach(id -> emailed.put(id, TestShop.NOW.minus(java.time.Duration.ofDays(3))));
    DecisionEngine engine =
        new DecisionEngine(
            spec,
            shop.models(Set.of("popular", "trending", "itemknn")),
            shop.catalog,
            new DecisionEngine.Settings(
                FixedClock.at(TestShop.NOW),
                (customer, since) -> emailed,
                dev.tailor.strategy.explore.ClickFeedback.NONE,
                seed));
    int shown = 0;
    for (String c : shop.events.keySet()) {
      List<Event> events = shop.events(c);
      Decision d = engine.decide(c, Optional.empty(), events);
      CustomerFacts facts = CustomerFacts.of(c, Optional.empty(), events, shop.catalog);
      double[] band = band(facts, r);
      assertThat(d.items()).extracting(DecisionItem::productId).doesNotHaveDuplicates();
      shown += d.items().size();
      for (SlotDecision s : d.slots()) {
        assertThat(s.filled() || s.shortfall().isPresent()).isTrue();
        Map<String, Integer> brands = new HashMap<>();
        for (DecisionItem i : s.items()) {
          Product p = shop.catalog.get(i.productId());
          assertThat(p.availableAt(TestShop.NOW)).as(i.toString()).isTrue();
          assertThat(p.inStock()).isTrue();
          assertThat(p.inventory().orElse(Integer.MAX_VALUE))
              .isGreaterThanOrEqualTo(r.minInventory());
          assertThat(events)
              .noneMatch(
                  e ->
                      e.type() == EventType.ORDER_COMPLETED
                          && e.productId().orElse("").equals(p.id()));
          assertThat(emailed).doesNotContainKey(p.id());
          double price = p.price().orElseThrow().doubleValue();
          assertThat(price).as("price of %s in %s", p.id(), s.slot()).isBetween(band[0], band[1]);
          assertThat(brands.merge(p.brand().orElseThrow(), 1, Integer::sum))
              .isLessThanOrEqualTo(r.maxPerBrand());
          assertThat(i.propensity()).isGreaterThan(0).isLessThanOrEqualTo(1);
          if (s.slot().equals("category") && i.fallback().isEmpty()) {
            assertThat(i.algorithm()).isIn("trending", "popular", "itemknn");
          }
        }
      }
    }
    assertThat(shown).as("the property is not vacuous").isGreaterThan(60);
  }

  private static double[] band(CustomerFacts facts, Rules r) {
    if (facts.averageOrderValue().isPresent()) {
      double aov = facts.averageOrderValue().get();
      return new double[] {aov * (1 - r.tolerance()) - 1e-9, aov * (1 + r.tolerance()) + 1e-9};
    }
    return new double[] {0, r.defaultMax()};
  }
}
