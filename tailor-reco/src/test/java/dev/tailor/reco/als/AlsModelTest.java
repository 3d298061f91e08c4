package dev.tailor.reco.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.reco.batch.Exclusions;
import dev.tailor.reco.data.Interactions;
import dev.tailor.reco.model.AlgorithmParams;
import dev.tailor.reco.model.TopN;
import dev.tailor.reco.model.UserProfile;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class AlsModelTest {
  private final Interactions m = TinyMatrices.random(120, 40, 0.08, 5);
  private final AlsModel model =
      new AlsTrainer(new AlgorithmParams(6, 40, 0.05, 3, 1, 42), 12, true).fit(m);

  @Test
  void foldingInATrainingCustomerReproducesTheirTrainedFactors() {
    for (int u = 0; u < 20; u++) {
      float[] folded = model.foldIn(AlsTrainerTest.profile(m, u));
      float[] trained = model.customerFactors(AlsTrainerTest.profile(m, u));
      double diff = 0;
      double norm = 0;
      for (int j = 0; j < folded.length; j++) {
        diff += Math.pow(folded[j] - trained[j], 2);
        norm += Math.pow(trained[j], 2);
      }
      assertThat(Math.sqrt(diff / norm)).as("customer %d", u).isLessThan(0.05);
    }
  }

  @Test
  void theTrainingHistoryUsesTheTrainedFactorsAndAChangedOneIsFoldedIn() {
    UserProfile trained = AlsTrainerTest.profile(m, 3);
    float[] stored = new float[6];
    model.userFactors().position(3 * 6).get(stored);
    assertThat(model.customerFactors(trained)).containsExactly(stored);

    float[] weights = trained.weights().clone();
    weights[0] += 1;
    UserProfile changed = new UserProfile(trained.customerId(), trained.items(), weights);
    assertThat(model.customerFactors(changed)).containsExactly(model.foldIn(changed));
    assertThat(model.customerFactors(changed)).isNotEqualTo(stored);
  }

  @Test
  void aNewCustomerIsScoredByFoldInLikeATrainedCustomerWithTheSameHistory() {
    UserProfile known = AlsTrainerTest.profile(m, 7);
    UserProfile stranger = new UserProfile("someone-new", known.items(), known.weights());
    float[] a = new float[40];
    float[] b = new float[40];
    assertThat(model.score(known, a)).isTrue();
    assertThat(model.score(stranger, b)).isTrue();
    for (int i = 0; i < 40; i++) {
      assertThat(b[i]).isCloseTo(a[i], within(0.02f + 0.02f * Math.abs(a[i])));
    }
  }

  @Test
  void anEmptyProfileHasNothingPersonalToScore() {
    assertThat(model.score(UserProfile.cold("c1"), new float[40])).isFalse();
    assertThat(model.score(UserProfile.cold("nobody"), new float[40])).isFalse();
  }

  @Test
  void aNanOrNegativeWeightOrAnUnknownProductIsAClearError() {
    UserProfile nan = new UserProfile("x", new int[] {1, 2}, new float[] {1, Float.NaN});
    assertThatThrownBy(() -> model.score(nan, new float[40]))
        .isInstanceOfSatisfying(
            TailorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
        .hasMessageContaining("customer 'x'")
        .hasMessageContaining("NaN")
        .hasMessageContaining("finite and > 0");
    UserProfile negative = new UserProfile("y", new int[] {1}, new float[] {-2});
    assertThatThrownBy(() -> model.foldIn(negative)).hasMessageContaining("-2.0");
    UserProfile outside = new UserProfile("z", new int[] {40}, new float[] {1});
    assertThatThrownBy(() -> model.foldIn(outside))
        .hasMessageContaining("product index 40")
        .hasMessageContaining("40 products");
  }

  @Test
  void aRestoredModelScoresExactlyLikeTheOriginal() {
    AlsModel restored =
        AlsModel.restore(
            new AlsModelData(
                model.users(),
                model.items(),
                model.factors(),
                copy(model.userFactors()),
                copy(model.itemFactors()),
                copy(model.fingerprints()),
                model.objective()));
    UserProfile p = AlsTrainerTest.profile(m, 11);
    UserProfile changed = new UserProfile("new", p.items(), p.weights());
    float[] a = new float[40];
    float[] b = new float[40];
    model.score(p, a);
    restored.score(p, b);
    assertThat(b).containsExactly(a);
    model.score(changed, a);
    restored.score(changed, b);
    assertThat(b).containsExactly(a);
  }

  @Test
  void recommendingForEveryoneMatchesScoringEachCustomerAndSkipsOwnProducts() {
    Map<Integer, int[]> lists = new ConcurrentHashMap<>();
    model.recommendAll(
        5,
        Exclusions.of(m),
        2,
        (c, items, scores, count) -> lists.put(c, java.util.Arrays.copyOf(items, count)));

    assertThat(lists).hasSize(m.userCount());
    float[] scores = new float[40];
    for (int u = 0; u < m.userCount(); u++) {
      UserProfile p = AlsTrainerTest.profile(m, u);
      model.score(p, scores);
      BitSet own = new BitSet();
      for (int i : p.items()) {
        own.set(i);
      }
      assertThat(lists.get(u)).containsExactly(TopN.select(scores, 5, own));
    }
  }

  private static float[] copy(FloatBuffer b) {
    float[] out = new float[b.remaining()];
    b.get(out);
    return out;
  }

  private static long[] copy(LongBuffer b) {
    long[] out = new long[b.remaining()];
    b.get(out);
    return out;
  }
}
