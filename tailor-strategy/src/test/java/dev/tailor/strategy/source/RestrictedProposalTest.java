package dev.tailor.strategy.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.catalog.Product;
import dev.tailor.core.event.Event;
import dev.tailor.strategy.TestShop;
import dev.tailor.strategy.items.ItemTable;
import dev.tailor.strategy.rules.CompiledRules;
import dev.tailor.strategy.rules.CustomerFacts;
import dev.tailor.strategy.rules.Marks;
import dev.tailor.strategy.rules.Rejection;
import dev.tailor.strategy.rules.RuleSet;
import dev.tailor.strategy.spec.SlotSpec;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A personal model's proposal (a factor model, or co-purchase over the whole history) restricted by
 * a slot's rules is exactly the unrestricted proposal with the candidates those rules reject for
 * sure (day rules, price band) taken out: same items, same order, same scores; and what it leaves
 * out is counted.
 */
class RestrictedProposalTest {
  /** Candidates offered over all tries of the first property (some generated rules leave none). */
  private static final java.util.concurrent.atomic.AtomicLong OFFERED =
      new java.util.concurrent.atomic.AtomicLong();

  @net.jqwik.api.lifecycle.AfterContainer
  static void somethingWasCompared() {
    assertThat(OFFERED.get()).as("candidates offered over all tries").isPositive();
  }

  @Property(tries = 12)
  void theRestrictedRankingIsTheFullRankingWithoutWhatTheRulesReject(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int minInventory,
      @ForAll @IntRange(min = 0, max = 2) int band,
      @ForAll boolean inCategory,
      @ForAll boolean factorModel) {
    TestShop shop = new TestShop(seed, 300, 40, 0.25);
    String price =
        switch (band) {
          case 0 -> "";
          case 1 -> "price: {within_aov: 0.3, default: {min: 0, max: 80}}";
          default -> "price: {within_aov: 0.1}";
        };
    String yaml =
        """
        name: restricted
        rules:
          min_inventory: %d
          %s
        slots:
          a: {count: 4, source: {algorithm: %s%s}}
          b: {count: 3, source: {algorithm: popular}}
          c: {count: 3, source: {algorithm: popular}}
        """
            .formatted(
                minInventory,
                price,
                factorModel ? "als" : "copurchase",
                inCategory ? ", seed: preferred_category" : "");
    StrategySpec spec = StrategyParser.parse(yaml, "restricted.yaml");
    SlotSpec slot = spec.slots().get(0);
    ModelSet models = shop.models(Set.of("als", "copurchase", "popular"));
    ItemTable table = new ItemTable(shop.catalog.values());
    CandidateSource source = new CandidateSource(models, table);
    double median =
        shop.catalog.values().stream()
            .mapToDouble(p -> p.price().orElseThrow().doubleValue())
            .sorted()
            .toArray()[shop.catalog.size() / 2];
    RuleSet rules = new RuleSet(slot.rules(), TestShop.NOW, median);
    CompiledRules compiled = new CompiledRules(rules, table, p -> true);
    int compared = 0;
    int offered = 0;
    for (String c : shop.events.keySet()) {
      List<Event> events = shop.events(c);
      CustomerFacts facts = CustomerFacts.of(c, Optional.empty(), events, shop.catalog);
      Marks marks = new Marks(table);
      marks.reset(facts, Map.of());
      RuleSet.Bound ruleBound = rules.bind(facts, Map.of());
      CompiledRules.Bound bound = compiled.bind(ruleBound, marks);

      Cursor full = source.propose(slot.source(), new Shopper(facts, events, marks)).candidates();
      Proposal restricted =
          source.propose(
              slot.source(),
              new Shopper(facts, events, marks),
              new CandidateSource.Restriction(compiled, bound));
      List<String> expected = new ArrayList<>();
      int inCatalog = 0;
      while (full.next()) {
        int item = full.item();
        if (item == ItemTable.NONE) {
          continue;
        }
        inCatalog++;
        Product p = table.product(item);
        double pr = p.price().isPresent() ? p.price().get().doubleValue() : -1;
        boolean inBand = !bound.priced() || (pr >= bound.lo() && pr <= bound.hi());
        if (compiled.staticRejection(item) == null && inBand) {
          expected.add(full.productId() + "=" + full.score());
        }
      }
      List<String> got = new ArrayList<>();
      Cursor r = restricted.candidates();
      while (r.next()) {
        got.add(r.productId() + "=" + r.score());
      }
      assertThat(got).as("customer %s", c).isEqualTo(expected);
      offered += got.size();
      // (a model relating products leaves out unrelated products besides, uncounted)
      if (factorModel && !inCategory && inCatalog > 0) {
        int[] left = new int[Rejection.values().length];
        r.addLeftOut(left);
        assertThat(java.util.Arrays.stream(left).sum() + got.size())
            .as("every catalog product is offered or counted")
            .isEqualTo(inCatalog);
        compared++;
      }
    }
    assertThat(compared > 0 || inCategory || !factorModel).isTrue();
    OFFERED.addAndGet(offered);
  }

  @Property(tries = 8)
  void aModelRelatingProductsProposesOnlyProductsRelatedToTheHistory(@ForAll long seed) {
    TestShop shop = new TestShop(seed, 300, 40, 0.25);
    StrategySpec spec =
        StrategyParser.parse(
            """
            name: evidence
            slots:
              a: {count: 4, source: {algorithm: copurchase}}
              b: {count: 3, source: {algorithm: popular}}
              c: {count: 3, source: {algorithm: popular}}
            """,
            "evidence.yaml");
    ModelSet models = shop.models(Set.of("copurchase", "popular"));
    ModelSet.Served served = models.get("copurchase");
    ItemTable table = new ItemTable(shop.catalog.values());
    CandidateSource source = new CandidateSource(models, table);
    int proposed = 0;
    int unrelated = 0;
    for (String c : shop.events.keySet()) {
      List<Event> events = shop.events(c);
      CustomerFacts facts = CustomerFacts.of(c, Optional.empty(), events, shop.catalog);
      Marks marks = new Marks(table);
      marks.reset(facts, Map.of());
      float[] scores = new float[served.model().items().size()];
      boolean any =
          served
              .model()
              .score(served.profiles().fromEvents(c, events, served.reference()).profile(), scores);
      List<String> expected = new ArrayList<>();
      if (any) {
        for (long key : keysOfNonZero(scores)) {
          int i = dev.tailor.reco.batch.ScoreOrder.item(key);
          String id = served.model().items().idOf(i);
          if (table.indexOf(id) != ItemTable.NONE) {
            expected.add(id);
          }
        }
        for (float f : scores) {
          unrelated += f == 0f ? 1 : 0;
        }
      }
      Cursor r =
          source
              .propose(spec.slots().get(0).source(), new Shopper(facts, events, marks))
              .candidates();
      List<String> got = new ArrayList<>();
      while (r.next()) {
        assertThat(r.score()).isNotZero();
        got.add(r.productId());
      }
      assertThat(got).as("customer %s", c).isEqualTo(expected);
      proposed += got.size();
    }
    assertThat(proposed).isPositive();
    assertThat(unrelated).as("products related to nothing, left out").isPositive();
  }

  private static long[] keysOfNonZero(float[] scores) {
    return java.util.stream.IntStream.range(0, scores.length)
        .filter(i -> scores[i] != 0f)
        .mapToLong(i -> dev.tailor.reco.batch.ScoreOrder.key(scores[i], i))
        .sorted()
        .toArray();
  }
}
