package dev.tailor.reco.trending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.reco.TinyShop;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LiveTrendingTest {
  private static final Instant NOW = TinyShop.T.plus(Duration.ofHours(2));

  /** "steady": 10 views a day for 30 days; "quiet": 1 view a day for 30 days. */
  private static TrendingModel trained() {
    TinyShop s = new TinyShop();
    for (int d = 0; d < 30; d++) {
      for (int v = 0; v < 10; v++) {
        s.view("s" + v, "steady", d * 24 + 1);
      }
      s.view("q" + d, "quiet", d * 24 + 1);
    }
    s.view("last", "steady", 0);
    return new TrendingTrainer(TrendingConfig.DEFAULTS).train(s.data());
  }

  private static Event view(String id, String product, Instant at) {
    return Event.builder(id, EventType.PRODUCT_VIEWED, at)
        .customerId("c-" + id)
        .productId(product)
        .build();
  }

  private static String top(TrendingModel m) {
    float[] scores = new float[m.items().size()];
    m.score(UserProfile.cold("anyone"), scores);
    return m.items().idOf(TopN.select(scores, 1, null)[0]);
  }

  @Test
  void viewsAddedAfterTrainingMakeAQuietProductTrendWithoutTraining() {
    TrendingModel m = trained();
    LiveTrending live = LiveTrending.of(m, TinyShop.FLAT).orElseThrow();
    assertThat(top(m)).isEqualTo("steady");

    for (int i = 0; i < 40; i++) {
      assertThat(live.add(view("v" + i, "quiet", NOW), NOW)).isTrue();
    }
    assertThat(live.changed()).isTrue();
    TrendingModel now = live.snapshot();

    assertThat(live.changed()).isFalse();
    assertThat(top(now)).isEqualTo("quiet");
    assertThat(top(m)).as("the trained model is unchanged").isEqualTo("steady");
  }

  @Test
  void theLiveScoreIsTheTrainedFormulaOverTheTrainedAndAddedCounts() {
    TrendingModel m = trained();
    TrendingModel.Counts c = m.counts().orElseThrow();
    int quiet = m.items().indexOf("quiet");
    LiveTrending live = LiveTrending.of(m, TinyShop.FLAT).orElseThrow();
    for (int i = 0; i < 7; i++) {
      live.add(view("v" + i, "quiet", NOW), NOW);
    }

    double expected = TrendingModel.score(c.recent()[quiet] + 7, c.expected()[quiet], 5);
    assertThat((double) live.snapshot().trend(quiet)).isCloseTo(expected, within(1e-5));
    assertThat((double) m.trend(quiet))
        .isCloseTo(TrendingModel.score(c.recent()[quiet], c.expected()[quiet], 5), within(1e-5));
  }

  @Test
  void eventsOlderThanTheHorizonUnknownProductsAndUnweightedTypesAreNotCounted() {
    LiveTrending live = LiveTrending.of(trained(), TinyShop.FLAT).orElseThrow();

    assertThat(live.add(view("old", "quiet", NOW.minus(Duration.ofHours(25))), NOW)).isFalse();
    assertThat(live.add(view("new", "never-seen", NOW), NOW)).isFalse();
    Event opened = Event.builder("o", EventType.EMAIL_OPENED, NOW).customerId("c").build();
    assertThat(live.add(opened, NOW)).isFalse();
    assertThat(live.changed()).isFalse();
  }

  @Test
  void theCountsSurviveTheSnapshotFileAndOldSnapshotsReadWithoutThem() throws IOException {
    TrendingModel m = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var out = new dev.tailor.reco.model.ModelOutput(bytes, a -> TrendingModel.CODEC);
    TrendingModel.CODEC.write(m, out);
    out.flush();
    TrendingModel read =
        TrendingModel.CODEC.read(
            new dev.tailor.reco.model.ModelInput(
                new ByteArrayInputStream(bytes.toByteArray()),
                bytes.size(),
                a -> TrendingModel.CODEC));
    assertThat(read.counts()).isPresent();
    assertThat(read.counts().get().recent()).containsExactly(m.counts().get().recent());
    assertThat(read.counts().get().horizonHours()).isEqualTo(24);

    TrendingModel old = new TrendingModel(m.items(), scores(m), null);
    bytes.reset();
    TrendingModel.CODEC.write(old, new dev.tailor.reco.model.ModelOutput(bytes, a -> null));
    TrendingModel oldRead =
        TrendingModel.CODEC.read(
            new dev.tailor.reco.model.ModelInput(
                new ByteArrayInputStream(bytes.toByteArray()), bytes.size(), a -> null));
    assertThat(oldRead.counts()).isEmpty();
    assertThat(LiveTrending.of(oldRead, TinyShop.FLAT)).isEmpty();
    assertThat(scores(oldRead)).containsExactly(scores(m));
  }

  private static float[] scores(TrendingModel m) {
    float[] s = new float[m.items().size()];
    m.score(UserProfile.cold("x"), s);
    return Arrays.copyOf(s, s.length);
  }
}
