package dev.tailor.reco.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.Recommendation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTrainerTest {
  /**
   * Three products, two price tiers; p3 has no price and nobody interacted with it. N = 3, idf(df =
   * 2) = ln(4/3) + 1, idf(df = 1) = ln 2 + 1.
   */
  private static TrainingData shop() {
    return new TinyShop()
        .product("p1", "Red Dress", List.of("Women", "Dresses"), "Acme", "10")
        .product("p2", "Blue dress!", List.of("Women", "Dresses"), "Zeta", "30")
        .product("p3", "Red Shirt", List.of("Men", "Shirts"), "Acme", null)
        .view("c1", "p1")
        .view("c2", "p2")
        .data();
  }

  private static final double A = Math.log(4.0 / 3) + 1;
  private static final double B = Math.log(2) + 1;

  private static ContentModel train() {
    return new ContentTrainer(new ContentConfig(2, 2)).train(shop());
  }

  @Test
  void describesProductsByTfIdfOverTitleCategoryBrandTagsAndPriceTier() {
    ContentModel m = train();
    int p1 = m.items().indexOf("p1");
    // p1: t:red t:dress c:women c:women>dresses b:acme (df 2) and p:0 (df 1)
    double n1 = Math.sqrt(5 * A * A + B * B);

    assertThat(m.weight(p1, "t:red")).isCloseTo((float) (A / n1), within(1e-6f));
    assertThat(m.weight(p1, "t:red")).isCloseTo(0.3855029f, within(1e-6f));
    assertThat(m.weight(p1, "p:0")).isCloseTo(0.5068900f, within(1e-6f));
    assertThat(m.weight(p1, "c:women>dresses")).isCloseTo((float) (A / n1), within(1e-6f));
    assertThat(m.weight(m.items().indexOf("p2"), "p:1")).isPositive();
    assertThat(m.weight(m.items().indexOf("p2"), "t:dress")).as("punctuation split").isPositive();
  }

  @Test
  void scoresEveryProductIncludingOnesNobodyInteractedWith() {
    ContentModel m = train();
    float[] scores = new float[m.items().size()];
    int p1 = m.items().indexOf("p1");

    assertThat(m.items().ids()).containsExactly("p1", "p2", "p3");
    assertThat(m.score(new UserProfile("c1", new int[] {p1}, new float[] {2}), scores)).isTrue();

    double n1 = Math.sqrt(5 * A * A + B * B);
    double n2 = Math.sqrt(3 * A * A + 3 * B * B);
    double n3 = Math.sqrt(2 * A * A + 3 * B * B);
    // one history item: its weight counts as 1 (weights are divided by the largest)
    assertThat(scores[0]).isCloseTo(1f, within(1e-6f));
    assertThat((double) scores[1]).isCloseTo(3 * A * A / (n1 * n2), within(1e-6));
    assertThat((double) scores[2]).isCloseTo(2 * A * A / (n1 * n3), within(1e-6));
    assertThat(scores[2]).isCloseTo(0.2876021f, within(1e-6f));
  }

  @Test
  void relatesAProductToOthersByDescription() {
    ContentModel m = train();

    assertThat(m.similarTo("p1", 5))
        .extracting(Recommendation::productId)
        .containsExactly("p2", "p3");
    assertThat(m.similarTo("p1", 5).get(0).score()).isCloseTo(0.4041976f, within(1e-6f));
    assertThat(m.similarTo("p2", 5))
        .extracting(Recommendation::productId)
        .as("p3 shares nothing with p2")
        .containsExactly("p1");
  }

  @Test
  void cannotProfileACustomerWithoutHistory() {
    assertThat(train().score(UserProfile.cold("x"), new float[3])).isFalse();
  }

  @Test
  void explainsAnEmptyOrFeaturelessCatalog() {
    assertThatThrownBy(
            () ->
                new ContentTrainer(ContentConfig.DEFAULTS)
                    .train(new TinyShop().view("c", "p").data()))
        .hasMessageContaining("content needs a catalog");
    TrainingData bare =
        new TinyShop().product("p", null, List.of(), null, null).view("c", "p").data();
    assertThatThrownBy(() -> new ContentTrainer(ContentConfig.DEFAULTS).train(bare))
        .hasMessageContaining("no title, category, brand, tag or price in the 1 products");
  }
}
