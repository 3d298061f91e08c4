package dev.tailor.reco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.reco.data.WeightScheme;
import dev.tailor.reco.model.TrainingData;
import dev.tailor.testkit.Fixtures;
import dev.tailor.testkit.memory.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingDataTest {
  @Test
  void readsTheWindowBackFromTheNewestEventTheCatalogAndKeepsTheLog() {
    InMemoryStore store = new InMemoryStore();
    store.products().upsertAll(List.of(Fixtures.product("p1"), Fixtures.product("p2")));
    store
        .events()
        .appendAll(
            List.of(
                Fixtures.view("e1", "c1", "p1", Fixtures.days(-100)),
                Fixtures.view("e2", "c1", "p2", Fixtures.days(-10)),
                Fixtures.purchase("e3", "c2", "p2", Fixtures.days(-1))));

    TrainingData data =
        TrainingData.fromStore(store, WeightScheme.DEFAULTS, Optional.of(Duration.ofDays(90)));

    assertThat(data.reference()).isEqualTo(Fixtures.days(-1));
    assertThat(data.log().size()).isEqualTo(2);
    assertThat(data.hasLog()).isTrue();
    assertThat(data.interactions().nonZeros()).isEqualTo(2);
    assertThat(data.catalog()).containsOnlyKeys("p1", "p2");
    assertThat(data.window()).contains(Duration.ofDays(90));
    assertThat(data.weights()).isEqualTo(WeightScheme.DEFAULTS);
  }

  @Test
  void anEmptyStoreGivesEmptyDataThatTrainersExplain() {
    TrainingData data =
        TrainingData.fromStore(new InMemoryStore(), WeightScheme.DEFAULTS, Optional.empty());

    assertThat(data.hasLog()).isFalse();
    assertThat(data.interactions().userCount()).isZero();
    assertThatThrownBy(
            () ->
                Algorithms.trainer("itemknn", dev.tailor.reco.model.AlgorithmParams.DEFAULTS)
                    .train(data))
        .hasMessageContaining("nothing to learn from");
  }

  @Test
  void rejectsAWindowThatIsNotPositive() {
    assertThatThrownBy(
            () ->
                TrainingData.of(
                    new TinyShop().log(),
                    java.util.Map.of(),
                    WeightScheme.DEFAULTS,
                    Optional.of(Duration.ZERO)))
        .hasMessageContaining("window must be positive");
  }
}
