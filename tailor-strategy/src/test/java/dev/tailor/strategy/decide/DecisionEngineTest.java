package dev.tailor.strategy.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.decision.DecisionItem;
import dev.tailor.core.decision.SlotDecision;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.itemknn.ItemKnnModel;
import dev.tailor.reco.recommend.Recommendation;
import dev.tailor.strategy.TestShop;
import dev.tailor.strategy.source.ModelSet;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import dev.tailor.testkit.FixedClock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DecisionEngineTest {
  static final TestShop SHOP = new TestShop(7, 300, 400, 0.1);
  static final ModelSet MODELS =
      SHOP.models(Set.of("popular", "trending", "itemknn", "copurchase", "als"));

  static DecisionEngine engine(String yaml) {
    StrategySpec spec = StrategyParser.parse(yaml, "test.yaml");
    return new DecisionEngine(
        spec, MODELS, SHOP.catalog, DecisionEngine.Settings.of(FixedClock.at(TestShop.NOW)));
  }

  static String buyer() {
    return SHOP.events.entrySet().stream()
        .filter(
            e ->
                e.getValue().stream().filter(x -> x.type() == EventType.ORDER_COMPLETED).count()
                    >= 2)
        .map(java.util.Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  static final String THREE =
      """
      name: t
      slots:
        similar:
          count: 4
          label: "Because you bought {{ seed.title }}"
          source: {algorithm: itemknn, seed: last_purchase}
        picks:
          count: 4
          source: {algorithm: als}
        top:
          count: 4
          source: {algorithm: popular}
      """;

  @Test
  void similarToRecentPurchaseItemsAreNeighboursOfThatPurchase() {
    String c = buyer();
    Decision d =
        engine(THREE + "diversity: {lambda: 1, threshold: 1}\n")
            .decide(c, Optional.empty(), SHOP.events(c));

    ItemKnnModel knn = (ItemKnnModel) MODELS.find("itemknn").orElseThrow();
    SlotDecision similar = d.slots().get(0);
    assertThat(similar.items()).isNotEmpty();
    for (DecisionItem i : similar.items()) {
      if (i.fallback().isPresent()) {
        continue;
      }
      String seed = i.source().substring(i.source().indexOf('@') + 1);
      Set<String> neighbours =
          knn.similarTo(seed, 1000).stream()
              .map(Recommendation::productId)
              .collect(Collectors.toSet());
      assertThat(neighbours).contains(i.productId());
      assertThat(SHOP.events(c))
          .anyMatch(
              e -> e.type() == EventType.ORDER_COMPLETED && e.productId().orElse("").equals(seed));
      assertThat(i.explanation()).startsWith("Similar to ");
    }
    assertThat(similar.label()).startsWith("Because you bought Item ");
  }

  @Test
  void theRevenueGoalRanksByPriceTimesMarginAndChangesTheOrder() {
    String c = buyer();
    String yaml = THREE + "diversity: {lambda: 1, threshold: 1}\n";
    Decision clicks = engine(yaml).decide(c, Optional.empty(), SHOP.events(c));
    Decision revenue = engine(yaml + "goal: revenue\n").decide(c, Optional.empty(), SHOP.events(c));

    List<String> byClicks =
        clicks.slots().get(2).items().stream().map(DecisionItem::productId).toList();
    List<String> byRevenue =
        revenue.slots().get(2).items().stream().map(DecisionItem::productId).toList();
    assertThat(byRevenue).isNotEqualTo(byClicks);
    List<Double> values = revenue.slots().get(2).items().stream().map(DecisionItem::score).toList();
    assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(revenue.goal()).isEqualTo("revenue");
  }

  @Test
  void aCustomerWithoutHistoryGetsFallbacksThatObeyTheRulesAndAreRecorded() {
    String yaml =
        THREE
            + "rules: {min_inventory: 20, min_margin: 0.3}\n"
            + "fallbacks: [trending, bestsellers]\n";
    Decision d = engine(yaml).decide("nobody", Optional.empty(), List.<Event>of());

    SlotDecision similar = d.slots().get(0);
    assertThat(similar.filled()).isTrue();
    assertThat(similar.items()).allSatisfy(i -> assertThat(i.fallback()).contains("trending"));
    for (DecisionItem i : d.items()) {
      Product p = SHOP.catalog.get(i.productId());
      assertThat(p.inventory().orElse(0)).isGreaterThanOrEqualTo(20);
      assertThat(p.margin().orElse(0.0)).isGreaterThanOrEqualTo(0.3);
      assertThat(p.availableAt(TestShop.NOW)).isTrue();
    }
    assertThat(d.items()).extracting(DecisionItem::productId).doesNotHaveDuplicates();
  }

  @Test
  void aSlotThatCannotBeFilledSaysWhy() {
    String yaml =
        THREE.replace(
            "source: {algorithm: popular}",
            "source: {algorithm: popular}\n    rules: {include_brands: [NoSuchBrand]}");
    Decision d = engine(yaml).decide("nobody", Optional.empty(), List.of());

    SlotDecision top = d.slots().get(2);
    assertThat(top.items()).isEmpty();
    assertThat(top.filled()).isFalse();
    assertThat(top.shortfall().orElseThrow()).startsWith("brand: only 0 of 4 items");
    assertThat(d.slots().get(0).shortfall().orElseThrow()).startsWith("no_seed");
    assertThat(d.slots().get(0).label()).isEqualTo("Popular right now");
  }

  @Test
  void theFashionExampleFillsFiveSlotsWithoutDuplicatesAndLogsPropensities() {
    StrategySpec spec = StrategyParser.parse(TestShop.fashionExample());
    DecisionEngine e =
        new DecisionEngine(
            spec, MODELS, SHOP.catalog, DecisionEngine.Settings.of(FixedClock.at(TestShop.NOW)));
    FillReport report = new FillReport();
    for (String c : SHOP.events.keySet()) {
      Decision d = e.decide(c, Optional.empty(), SHOP.events(c));
      report.add(d);
      assertThat(d.slots()).hasSize(5);
      assertThat(d.items()).extracting(DecisionItem::productId).doesNotHaveDuplicates();
      assertThat(d.items())
          .allSatisfy(i -> assertThat(i.propensity()).isGreaterThan(0).isLessThanOrEqualTo(1));
    }
    assertThat(report.decisions()).isEqualTo(400);
    assertThat(report.fillRate("picked_for_you")).isGreaterThan(0.5);
  }

  @Test
  void contentBlocksShowOnlyItemsOfTheirTypeAndProductSlotsNeverShowThem() {
    java.util.Map<String, Product> catalog = new java.util.HashMap<>(SHOP.catalog);
    for (int i = 1; i <= 3; i++) {
      catalog.put(
          "A" + i,
          Product.builder("A" + i)
              .title("Article " + i)
              .attributes(java.util.Map.of("type", "article"))
              .build());
    }
    String yaml =
        THREE.replace(
                "source: {algorithm: popular}",
                "source: {curated: [A1, P0001, P0002, P0003, P0004, P0005, P0006]}")
            + "content:\n  editorial:\n    type: article\n    count: 2\n    label: Trending in {{ category }}\n"
            + "    source: {curated: [P0001, A2, A3, A1]}\n";
    DecisionEngine e =
        new DecisionEngine(
            StrategyParser.parse(yaml, "t.yaml"),
            MODELS,
            catalog,
            DecisionEngine.Settings.of(FixedClock.at(TestShop.NOW)));
    Decision d = e.decide("nobody", Optional.empty(), List.of());

    SlotDecision editorial = d.slots().get(3);
    assertThat(editorial.kind()).isEqualTo("content");
    assertThat(editorial.items()).extracting(DecisionItem::productId).containsExactly("A2", "A3");
    assertThat(d.slots().get(2).items()).extracting(DecisionItem::productId).doesNotContain("A1");
  }

  @Test
  void theTrendingInCategoryLabelNamesThePreferredCategory() {
    String c = buyer();
    String yaml =
        THREE.replace(
            "source: {algorithm: popular}",
            "label: Trending in {{ category }}\n    source: {algorithm: trending, seed: preferred_category}");
    Decision d = engine(yaml).decide(c, Optional.empty(), SHOP.events(c));
    String preferred =
        dev.tailor.strategy.rules.CustomerFacts.of(
                c, Optional.empty(), SHOP.events(c), SHOP.catalog)
            .preferredCategory()
            .orElseThrow();
    SlotDecision s = d.slots().get(2);
    assertThat(s.label()).isEqualTo("Trending in " + Product.parseCategory(preferred).get(1));
    assertThat(s.items())
        .filteredOn(i -> i.fallback().isEmpty())
        .allSatisfy(
            i -> assertThat(SHOP.catalog.get(i.productId()).categoryPath()).isEqualTo(preferred));
  }

  @Test
  void theEngagementGoalRaisesItemsOutsideTheUsualCategories() {
    String c = buyer();
    String yaml = THREE + "diversity: {lambda: 1, threshold: 1}\n";
    Decision clicks = engine(yaml).decide(c, Optional.empty(), SHOP.events(c));
    Decision engagement =
        engine(yaml + "goal: engagement\n").decide(c, Optional.empty(), SHOP.events(c));
    var facts =
        dev.tailor.strategy.rules.CustomerFacts.of(
            c, Optional.empty(), SHOP.events(c), SHOP.catalog);
    java.util.function.ToLongFunction<Decision> outside =
        d ->
            d.slots().get(2).items().stream()
                .filter(
                    i ->
                        !facts
                            .categories()
                            .containsKey(SHOP.catalog.get(i.productId()).categoryPath()))
                .count();
    assertThat(outside.applyAsLong(engagement)).isGreaterThanOrEqualTo(outside.applyAsLong(clicks));
    assertThat(engagement.goal()).isEqualTo("engagement");
  }
}
