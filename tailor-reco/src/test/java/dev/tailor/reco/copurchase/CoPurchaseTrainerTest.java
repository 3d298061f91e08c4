package dev.tailor.reco.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.UserProfile;
import dev.tailor.reco.recommend.Recommendation;
import org.junit.jupiter.api.Test;

class CoPurchaseTrainerTest {
  private static final CoPurchaseConfig SHRINK_1 = new CoPurchaseConfig(50, 1, 1);

  /** Orders: {a b bag} {a b bag} {a c bag} {c d bag} {c bag}; the bag is in every order. */
  private static TinyShop orders() {
    return new TinyShop()
        .buy("c1", "a", "o1")
        .buy("c1", "b", "o1")
        .buy("c1", "bag", "o1")
        .buy("c2", "a", "o2")
        .buy("c2", "b", "o2")
        .buy("c2", "bag", "o2")
        .buy("c3", "a", "o3")
        .buy("c3", "c", "o3")
        .buy("c3", "bag", "o3")
        .buy("c4", "c", "o4")
        .buy("c4", "d", "o4")
        .buy("c4", "bag", "o4")
        .buy("c5", "c", "o5")
        .buy("c5", "bag", "o5");
  }

  @Test
  void scoresPairsByShrunkLogLiftComputedByHand() {
    CoPurchaseModel m = new CoPurchaseTrainer(SHRINK_1).train(orders().data());
    // N = 5; n_a = 3, n_b = 2, n_ab = 2: lift 10/6; shrink 2 / (2 + 1)
    float ab = (float) (Math.log(10.0 / 6) * 2 / 3);
    // n_c = 3, n_d = 1, n_cd = 1: lift 5/3; shrink 1 / 2
    float cd = (float) (Math.log(5.0 / 3) / 2);

    assertThat(m.boughtWith("a", 5)).extracting(Recommendation::productId).containsExactly("b");
    assertThat(m.boughtWith("a", 5).get(0).score()).isCloseTo(ab, within(1e-6f));
    assertThat(m.boughtWith("d", 5)).extracting(Recommendation::productId).containsExactly("c");
    assertThat(m.boughtWith("d", 5).get(0).score()).isCloseTo(cd, within(1e-6f));
  }

  @Test
  void aBestsellerInEveryBasketIsNeverAnAssociation() {
    CoPurchaseModel m = new CoPurchaseTrainer(SHRINK_1).train(orders().data());

    assertThat(m.boughtWith("bag", 5)).isEmpty();
    assertThat(m.boughtWith("c", 5)).extracting(Recommendation::productId).containsExactly("d");
  }

  @Test
  void scoresACustomerFromTheirWeightedHistory() {
    CoPurchaseModel m = new CoPurchaseTrainer(SHRINK_1).train(orders().data());
    float ab = (float) (Math.log(10.0 / 6) * 2 / 3);
    float[] scores = new float[m.items().size()];

    boolean answered =
        m.score(new UserProfile("x", new int[] {m.items().indexOf("a")}, new float[] {5}), scores);

    assertThat(answered).isTrue();
    assertThat(scores[m.items().indexOf("b")])
        .as("a single item weighs 1")
        .isCloseTo(ab, within(1e-6f));
    assertThat(scores[m.items().indexOf("bag")]).isZero();
  }

  @Test
  void groupsPurchasesWithoutAnOrderIdByCustomerAndDay() {
    TinyShop s =
        new TinyShop()
            .buy("c1", "x", null, 1)
            .buy("c1", "y", null, 2)
            .buy("c1", "z", null, 30)
            .buy("c2", "z", null, 0)
            .buy("c3", "w", null, 0);

    CoPurchaseModel m = new CoPurchaseTrainer(SHRINK_1).train(s.data());

    assertThat(m.boughtWith("x", 5)).extracting(Recommendation::productId).containsExactly("y");
    assertThat(m.boughtWith("z", 5)).isEmpty();
  }

  @Test
  void explainsWhyItCannotLearnWithoutPurchasesOrWithoutMultiProductOrders() {
    assertThatThrownBy(
            () -> new CoPurchaseTrainer(SHRINK_1).train(new TinyShop().view("c", "p").data()))
        .hasMessageContaining("copurchase needs purchases");
    assertThatThrownBy(
            () ->
                new CoPurchaseTrainer(SHRINK_1)
                    .train(new TinyShop().buy("c", "p", "o1").buy("d", "q", "o2").data()))
        .hasMessageContaining("found 2 orders but none with two different products");
  }
}
