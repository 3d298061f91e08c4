package dev.tailor.strategy.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.decision.Decision;
import dev.tailor.strategy.TestShop;
import dev.tailor.strategy.spec.StrategyParser;
import dev.tailor.strategy.spec.StrategySpec;
import dev.tailor.testkit.FixedClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deciding a batch together gives every customer the decision they get alone. */
class BatchDecisionTest {
  private static final TestShop SHOP = DecisionEngineTest.SHOP;

  private static DecisionEngine engine(StrategySpec spec) {
    return new DecisionEngine(
        spec,
        DecisionEngineTest.MODELS,
        SHOP.catalog,
        DecisionEngine.Settings.of(FixedClock.at(TestShop.NOW)));
  }

  private static List<DecisionEngine.Recipient> everyone() {
    List<DecisionEngine.Recipient> out = new ArrayList<>();
    for (String c : SHOP.events.keySet()) {
      out.add(new DecisionEngine.Recipient(c, Optional.of("Ann"), SHOP.events(c)));
    }
    // someone with no history at all
    out.add(new DecisionEngine.Recipient("stranger", Optional.empty(), List.of()));
    return out;
  }

  private static void assertSameAsAlone(DecisionEngine e, List<Decision> batch) {
    List<DecisionEngine.Recipient> all = everyone();
    assertThat(batch).hasSameSizeAs(all);
    int personal = 0;
    for (int k = 0; k < all.size(); k++) {
      DecisionEngine.Recipient r = all.get(k);
      Decision alone = e.decide(r.customerId(), r.firstName(), r.events());
      assertThat(batch.get(k)).as(r.customerId()).isEqualTo(alone);
      personal +=
          alone.items().stream().filter(i -> i.algorithm().equals("als")).count() > 0 ? 1 : 0;
    }
    assertThat(personal).as("decisions with ALS items").isGreaterThan(all.size() / 2);
  }

  @Test
  void theFashionExampleDecidesTheSameForABatchAsForEachCustomerAlone() {
    DecisionEngine e = engine(StrategyParser.parse(TestShop.fashionExample()));
    assertSameAsAlone(e, e.decideAll(everyone()));
  }

  @Test
  void aSlotThatReadsPastTheBatchRankingContinuesWithTheCustomersFullRanking() {
    // two items ranked ahead and a slot that must read deeper: every customer goes past them
    DecisionEngine e = engine(StrategyParser.parse(TestShop.fashionExample()));
    assertSameAsAlone(e, e.decideAll(everyone(), 2));
    DecisionEngine narrow =
        engine(
            StrategyParser.parse(
                """
                name: narrow
                slots:
                  picks:
                    count: 6
                    source: {algorithm: als}
                    rules:
                      price: {min: 20, max: 40}
                      max_per_brand: 1
                  top:
                    count: 4
                    source: {algorithm: popular}
                  again:
                    count: 3
                    source: {algorithm: als, scope: usual}
                """,
                "narrow.yaml"));
    assertSameAsAlone(narrow, narrow.decideAll(everyone(), 5));
  }
}
