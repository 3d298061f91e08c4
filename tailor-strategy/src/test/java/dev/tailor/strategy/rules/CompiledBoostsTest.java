package dev.tailor.strategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.TestShop;
import dev.tailor.strategy.items.ItemTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The soft rules compiled per item give exactly what {@link RuleSet#boost} gives per product. */
class CompiledBoostsTest {
  @Property(tries = 40)
  void compiledBoostsEqualTheRuleSetsBoostsForEveryItem(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int margin,
      @ForAll @IntRange(min = 0, max = 90) int newDays,
      @ForAll @IntRange(min = 0, max = 2) int newWeight,
      @ForAll @IntRange(min = 0, max = 2) int promotedWeight,
      @ForAll @IntRange(min = 0, max = 400) int hoursLater) {
    TestShop shop = new TestShop(seed, 200, 0, 0.2);
    String yaml =
        "boosts: {margin: %s, new_arrivals: {days: %d, weight: %s}, promoted: {tags: [t1, T3], weight: %s}}"
            .formatted(margin * 0.15, Math.max(1, newDays), newWeight * 0.1, promotedWeight * 0.25);
    // compiled at one time of the day, bound to a decision later on
    Instant compiledAt = TestShop.NOW;
    Instant decidedAt = compiledAt.plus(Duration.ofHours(hoursLater));
    ItemTable table = new ItemTable(shop.catalog.values());
    CompiledRules compiled =
        new CompiledRules(new RuleSet(RuleSetTest.rules(yaml), compiledAt, 50), table, p -> true);
    RuleSet atDecision = new RuleSet(RuleSetTest.rules(yaml), decidedAt, 50);
    CompiledRules.Bound bound =
        compiled.bind(atDecision.bind(CustomerFacts.cold("c"), Map.of()), new Marks(table));
    int boosted = 0;
    for (int i = 0; i < table.size(); i++) {
      Product p = table.product(i);
      List<String> applied = new ArrayList<>();
      double expected = atDecision.boost(p, applied);
      int bits = bound.boosts(i);
      assertThat(bound.boost(i, bits)).as(p.id()).isEqualTo(expected);
      assertThat(bound.boostNames(bits)).as(p.id()).isEqualTo(applied);
      boosted += applied.isEmpty() ? 0 : 1;
    }
    if (margin > 0) {
      assertThat(boosted).as("items boosted").isPositive();
    }
  }
}
