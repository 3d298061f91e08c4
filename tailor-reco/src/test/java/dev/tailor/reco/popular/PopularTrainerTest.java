package dev.tailor.reco.popular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import org.junit.jupiter.api.Test;

class PopularTrainerTest {
  private static TinyShop shop() {
    return new TinyShop()
        .buy("c1", "p1", "o1")
        .buy("c1", "p1", "o2")
        .buy("c2", "p1", "o3")
        .buy("c3", "p2", "o4")
        .view("c4", "p2")
        .view("c1", "p3")
        .view("c2", "p3")
        .view("c3", "p3")
        .view("c4", "p3");
  }

  @Test
  void ranksByDistinctBuyersAndBreaksTiesByWeightedEvents() {
    PopularModel m = new PopularTrainer(PopularConfig.DEFAULTS).train(shop().data());

    // buyers: p1 2 (c1 twice counts once), p2 1, p3 0; events: p1 15, p2 6, p3 4 (max 15)
    assertThat(m.basis()).isEqualTo(PopularConfig.Basis.PURCHASES);
    assertThat(m.popularity(m.items().indexOf("p1"))).isCloseTo(2 + 15f / 16, within(1e-6f));
    assertThat(m.popularity(m.items().indexOf("p2"))).isCloseTo(1 + 6f / 16, within(1e-6f));
    assertThat(m.popularity(m.items().indexOf("p3"))).isCloseTo(4f / 16, within(1e-6f));
  }

  @Test
  void givesEveryoneTheSameListAndAlwaysAnswers() {
    PopularModel m = new PopularTrainer(PopularConfig.DEFAULTS).train(shop().data());
    float[] a = new float[m.items().size()];
    float[] b = new float[m.items().size()];

    assertThat(m.score(UserProfile.cold("nobody"), a)).isTrue();
    assertThat(m.score(new UserProfile("c1", new int[] {0}, new float[] {9}), b)).isTrue();
    assertThat(a).containsExactly(b);
    assertThat(TopN.select(a, 3, null)).containsExactly(0, 1, 2);
  }

  @Test
  void countsWeightedEventsWhenAskedTo() {
    PopularConfig events =
        PopularConfig.from(AlgorithmOptions.NONE.with("popular.basis", "events"));
    PopularModel m = new PopularTrainer(events).train(shop().data());

    assertThat(m.basis()).isEqualTo(PopularConfig.Basis.EVENTS);
    assertThat(m.popularity(m.items().indexOf("p1"))).isEqualTo(15f);
    assertThat(m.popularity(m.items().indexOf("p2"))).isEqualTo(6f);
    assertThat(m.popularity(m.items().indexOf("p3"))).isEqualTo(4f);
  }

  @Test
  void fallsBackToEventsWhenNobodyBoughtAnything() {
    TinyShop views = new TinyShop().view("c1", "a").view("c2", "a").view("c1", "b");

    PopularModel m = new PopularTrainer(PopularConfig.DEFAULTS).train(views.data());

    assertThat(m.basis()).isEqualTo(PopularConfig.Basis.EVENTS);
    assertThat(m.popularity(m.items().indexOf("a"))).isEqualTo(2f);
  }

  @Test
  void servesTheOnlyProductOfATinyShop() {
    PopularModel m =
        new PopularTrainer(PopularConfig.DEFAULTS).train(new TinyShop().view("c", "p").data());

    assertThat(m.items().ids()).containsExactly("p");
    assertThat(m.popularity(0)).isEqualTo(1f);
  }

  @Test
  void refusesEmptyDataWithAMessage() {
    assertThatThrownBy(
            () -> new PopularTrainer(PopularConfig.DEFAULTS).train(new TinyShop().data()))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("nothing to count")
        .extracting(e -> ((TailorException) e).code())
        .isEqualTo(ErrorCode.BAD_INPUT);
  }

  @Test
  void rejectsAnUnknownBasisNamingTheOption() {
    assertThatThrownBy(
            () -> PopularConfig.from(AlgorithmOptions.NONE.with("popular.basis", "revenue")))
        .hasMessageContaining("popular.basis")
        .hasMessageContaining("purchases, events");
  }
}
