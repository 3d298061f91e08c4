package dev.tailor.reco.trending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.reco.TinyShop;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.AlgorithmOptions;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.reco.model.UserProfile;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendingTrainerTest {
  /**
   * "steady": 10 views a day for 30 days; "surge": 1 view a day, then 20 in the last day; "fresh":
   * 3 views at the newest instant and nothing before; "stale": views a week ago only.
   */
  private static TrainingData shop() {
    TinyShop s = new TinyShop();
    for (int d = 0; d < 30; d++) {
      for (int v = 0; v < 10; v++) {
        s.view("s" + v, "steady", d * 24 + 1);
      }
      s.view("u" + d, "surge", d * 24 + 1);
    }
    for (int v = 1; v < 20; v++) {
      s.view("x" + v, "surge", 2);
    }
    s.view("f1", "fresh", 0).view("f2", "fresh", 0).view("f3", "fresh", 0);
    s.view("o1", "stale", 24 * 7);
    return s.data();
  }

  @Test
  void aSurgeBeatsASteadyBestsellerAndAFewViewsOfANewProductDoNotTopTheList() {
    TrendingModel m = new TrendingTrainer(TrendingConfig.DEFAULTS).train(shop());
    float[] scores = new float[m.items().size()];
    m.score(UserProfile.cold("anyone"), scores);

    assertThat(Arrays.stream(TopN.select(scores, 4, null)).mapToObj(m.items()::idOf))
        .containsExactly("surge", "steady", "fresh", "stale");
  }

  @Test
  void scoresFollowTheDocumentedFormula() {
    TrendingModel m = new TrendingTrainer(TrendingConfig.DEFAULTS).train(shop());
    // baseline days of steady and surge: (29 × 24 + 1 − 24) / 24
    double days = (29 * 24 + 1 - 24) / 24.0;
    double steady = (10 + 5) / (290 / days + 5) * Math.log(11);
    double surge = (20 + 5) / (29 / days + 5) * Math.log(21);

    assertThat(m.trend(m.items().indexOf("steady"))).isCloseTo(2.3444797f, within(1e-5f));
    assertThat((double) m.trend(m.items().indexOf("steady"))).isCloseTo(steady, within(1e-5));
    assertThat((double) m.trend(m.items().indexOf("surge"))).isCloseTo(surge, within(1e-4));
    assertThat(m.trend(m.items().indexOf("fresh")))
        .isCloseTo((float) (8 / 5.0 * Math.log(4)), within(1e-6f));
    assertThat(m.trend(m.items().indexOf("stale"))).isZero();
  }

  @Test
  void aShorterHorizonReactsWithinHours() {
    TrendingConfig sixHours =
        TrendingConfig.from(AlgorithmOptions.NONE.with("trending.horizon-hours", "6"));
    TrendingModel m = new TrendingTrainer(sixHours).train(shop());

    assertThat(sixHours.horizon()).isEqualTo(Duration.ofHours(6));
    assertThat(m.trend(m.items().indexOf("surge")))
        .isGreaterThan(m.trend(m.items().indexOf("steady")));
  }

  @Test
  void needsTheEventsNotJustTheMatrix() {
    TrainingData data = shop();
    Interactions matrix = data.interactions();
    TrainingData matrixOnly = new TrainingData(matrix, Map.of(), data.reference());

    assertThatThrownBy(() -> new TrendingTrainer(TrendingConfig.DEFAULTS).train(matrixOnly))
        .hasMessageContaining("trending needs the individual events");
  }

  @Test
  void saysSoWhenNothingHappenedInTheHorizon() {
    // the newest event is the reference, so a lone old event is always recent: use a 0-weight type
    TinyShop s = new TinyShop().view("c", "p", 48);
    s.event("c", "p", dev.tailor.core.event.EventType.PRODUCT_REMOVED, 0, null);

    assertThatThrownBy(() -> new TrendingTrainer(TrendingConfig.DEFAULTS).train(s.data()))
        .hasMessageContaining("no weighted product interaction in the last 24 h");
  }
}
