package dev.tailor.strategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.strategy.spec.RuleSpec;
import dev.tailor.strategy.spec.StrategyParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");

  static RuleSpec rules(String yaml) {
    String s =
        "name: t\nrules:\n"
            + yaml.indent(2)
            + "slots:\n  a: {count: 1, source: {algorithm: popular}}\n"
            + "  b: {count: 1, source: {algorithm: popular}}\n  c: {count: 1, source: {algorithm: popular}}\n";
    return StrategyParser.parse(s, "t.yaml").slots().get(0).rules();
  }

  static Product.Builder dress() {
    return Product.builder("P1")
        .category(List.of("Women", "Dresses"))
        .brand("Acme")
        .price(BigDecimal.valueOf(50))
        .inventory(30)
        .margin(0.4)
        .tags(List.of("summer"));
  }

  static Optional<Rejection> check(String yaml, Product p, Map<String, Instant> shown) {
    return new RuleSet(rules(yaml), NOW, 40).bind(CustomerFacts.cold("c"), shown).check(p);
  }

  @Test
  void seasonalExclusionsApplyWithinTheirDateRangeAcrossTheNewYear() {
    String winter = "seasonal: [{from: '11-01', to: '02-28', tags: [summer]}]";
    String spring = "seasonal: [{from: '03-01', to: '05-31', tags: [summer]}]";
    assertThat(check(winter, dress().build(), Map.of())).contains(Rejection.SEASONAL);
    assertThat(check(spring, dress().build(), Map.of())).isEmpty();
  }

  @Test
  void itemsEmailedWithinTheWindowAreLeftOut() {
    String rule = "exclude_emailed: 14d";
    assertThat(check(rule, dress().build(), Map.of("P1", NOW.minusSeconds(86_400 * 3))))
        .contains(Rejection.EMAILED);
    assertThat(check(rule, dress().build(), Map.of("P1", NOW.minusSeconds(86_400 * 30)))).isEmpty();
  }

  @Test
  void categoriesBrandsAndTagsIncludeAndExclude() {
    assertThat(check("include_categories: [Men]", dress().build(), Map.of()))
        .contains(Rejection.CATEGORY);
    assertThat(check("include_categories: ['Women > Dresses']", dress().build(), Map.of()))
        .isEmpty();
    assertThat(check("exclude_brands: [acme]", dress().build(), Map.of()))
        .contains(Rejection.BRAND);
    assertThat(check("include_tags: [winter]", dress().build(), Map.of())).contains(Rejection.TAG);
  }

  @Test
  void availabilityStockMarginAndTheDefaultBandForCustomersWithoutOrders() {
    assertThat(check("min_margin: 0.5", dress().build(), Map.of())).contains(Rejection.LOW_MARGIN);
    assertThat(check("min_inventory: 40", dress().build(), Map.of()))
        .contains(Rejection.LOW_INVENTORY);
    assertThat(check("{}", dress().inventory(0).build(), Map.of()))
        .contains(Rejection.OUT_OF_STOCK);
    assertThat(check("{}", dress().published(false).build(), Map.of()))
        .contains(Rejection.UNAVAILABLE);
    assertThat(check("{}", dress().availableTo(NOW.minusSeconds(1)).build(), Map.of()))
        .contains(Rejection.UNAVAILABLE);
    // no default given: the catalog median (40) ± 30 % → 28..52
    assertThat(check("price: {within_aov: 0.3}", dress().build(), Map.of())).isEmpty();
    assertThat(
            check(
                "price: {within_aov: 0.3}",
                dress().price(BigDecimal.valueOf(60)).build(),
                Map.of()))
        .contains(Rejection.PRICE_BAND);
    assertThat(check("price: {within_aov: 0.3, default: {max: 45}}", dress().build(), Map.of()))
        .contains(Rejection.PRICE_BAND);
  }

  @Test
  void boostsNameTheSoftRulesTheyApply() {
    RuleSet set =
        new RuleSet(rules("boosts: {margin: 1, promoted: {tags: [summer], weight: 0.5}}"), NOW, 40);
    List<String> applied = new ArrayList<>();
    assertThat(set.boost(dress().build(), applied))
        .isEqualTo(1.4 * 1.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(applied).containsExactly("boost:margin", "boost:promoted");
  }
}
