package dev.tailor.reco.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.reco.FixedModel;
import dev.tailor.reco.model.UserProfile;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HybridModelTest {
  /**
   * cf: x y z scored 3 1 2 (personal); content: x y z w scored 0 1 0.5 1 (personal, w cold);
   * popular: x y z scored 1 2 3 (weight 0.5, for cold customers).
   */
  private static HybridModel blend(HybridConfig.Normalization normalization) {
    List<HybridModel.Component> components =
        List.of(
            new HybridModel.Component(
                new FixedModel("cf", List.of("x", "y", "z"), new float[] {3, 1, 2}, true),
                1,
                false,
                false),
            new HybridModel.Component(
                new FixedModel(
                    "content", List.of("x", "y", "z", "w"), new float[] {0, 1, 0.5f, 1}, true),
                1,
                false,
                true),
            new HybridModel.Component(
                new FixedModel("popular", List.of("x", "y", "z"), new float[] {1, 2, 3}, false),
                0.5f,
                true,
                false));
    return new HybridModel(components, List.of("x", "y", "z"), normalization, List.of());
  }

  private static float[] score(HybridModel m, UserProfile p) {
    float[] scores = new float[m.items().size()];
    assertThat(m.score(p, scores)).isTrue();
    return scores;
  }

  private static final UserProfile WARM = new UserProfile("c", new int[] {0}, new float[] {1});

  @Test
  void blendsMinMaxNormalisedScoresByWeightOverTheModelsThatScoreEachProduct() {
    HybridModel m = blend(HybridConfig.Normalization.MIN_MAX);

    assertThat(m.items().ids()).containsExactly("x", "y", "z", "w");
    // x: (1·1 + 1·0 + 0.5·0) / 2.5; y: (0 + 1 + 0.5·0.5) / 2.5; z: (0.5 + 0.5 + 0.5·1) / 2.5
    assertThat(score(m, WARM)).containsExactly(new float[] {0.4f, 0.5f, 0.6f, 1f}, within(1e-6f));
  }

  @Test
  void routesAColdProductToContentAlone() {
    float[] s = score(blend(HybridConfig.Normalization.MIN_MAX), WARM);

    assertThat(s[3]).as("w: content's normalised 1, alone").isEqualTo(1f);
  }

  @Test
  void routesACustomerWithoutHistoryToTheColdCustomerModels() {
    HybridModel m = blend(HybridConfig.Normalization.MIN_MAX);

    // only popular answers: x 0, y 0.5, z 1; w is cold and popular does not score it
    assertThat(score(m, UserProfile.cold("new")))
        .containsExactly(new float[] {0, 0.5f, 1, 0}, within(1e-6f));
  }

  @Test
  void canNormaliseByRank() {
    float[] s = score(blend(HybridConfig.Normalization.RANK), WARM);
    // cf ranks x z y → 1, 2/3, 1/3; content ranks y w z x → 1, 3/4, 1/2, 1/4 (x 0: ties by index)
    // popular ranks z y x → 1, 2/3, 1/3
    float x = (1f + 0.25f + 0.5f / 3) / 2.5f;

    assertThat(s[0]).isCloseTo(x, within(1e-6f));
    assertThat(s[3]).isCloseTo(0.75f, within(1e-6f));
  }

  @Test
  void saysNothingWhenNoComponentCanAnswer() {
    HybridModel m =
        new HybridModel(
            List.of(
                new HybridModel.Component(
                    new FixedModel("cf", List.of("x"), new float[] {1}, true), 1, false, false)),
            new BitSet(),
            HybridConfig.Normalization.MIN_MAX,
            List.of());

    assertThat(m.score(UserProfile.cold("new"), new float[1])).isFalse();
  }
}
