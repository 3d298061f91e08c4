package dev.tailor.strategy.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.tailor.strategy.spec.ArmsSpec;
import dev.tailor.strategy.spec.ExplorationSpec;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArmChooserTest {
  static final List<SourceSpec> ARMS =
      List.of(
          SourceSpec.model("als"),
          SourceSpec.model("itemknn"),
          SourceSpec.model("trending"),
          SourceSpec.model("popular"));

  /** Per algorithm {shows, clicks}; trending clicks at 12 %, the others at 2-3 %. */
  static final ClickFeedback FEEDBACK =
      feedback(
          Map.of(
              "als", new long[] {1_000, 30},
              "itemknn", new long[] {1_000, 25},
              "trending", new long[] {1_000, 120},
              "popular", new long[] {1_000, 20}));

  static ClickFeedback feedback(Map<String, long[]> byAlgorithm) {
    return new ClickFeedback() {
      @Override
      public long[] showsAndClicks(String arm) {
        return new long[] {0, 0};
      }

      @Override
      public long[] algorithmShowsAndClicks(String algorithm) {
        return byAlgorithm.getOrDefault(algorithm, new long[] {0, 0}).clone();
      }
    };
  }

  static ArmsSpec spec(ExplorationSpec.Method method, double rate) {
    return new ArmsSpec(ARMS, method, rate);
  }

  @Test
  void epsilonGreedyExploitsTheBestClickRateWithExactPropensities() {
    ArmChooser c = new ArmChooser(spec(ExplorationSpec.Method.EPSILON_GREEDY, 0.2), FEEDBACK, 1);
    assertThat(c.favourite()).isEqualTo(2);
    SplittableRandom r = new SplittableRandom(9);
    int[] counts = new int[4];
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      ArmChooser.Choice ch = c.choose(r);
      counts[ch.index()]++;
      assertThat(ch.source()).isEqualTo(ARMS.get(ch.index()));
      double expected = ch.index() == 2 ? 1 - 0.2 + 0.2 / 4 : 0.2 / 4;
      assertThat(ch.propensity()).isCloseTo(expected, offset(1e-12));
      assertThat(ch.explored()).isEqualTo(ch.index() != 2);
    }
    assertThat(counts[2] / (double) n).isCloseTo(0.85, offset(0.01));
    for (int a : new int[] {0, 1, 3}) {
      assertThat(counts[a] / (double) n).isCloseTo(0.05, offset(0.006));
    }
  }

  @Test
  void withoutEvidenceEpsilonGreedyExploitsTheFirstArmAndRateZeroNeverLeavesIt() {
    ArmChooser c =
        new ArmChooser(spec(ExplorationSpec.Method.EPSILON_GREEDY, 0), ClickFeedback.NONE, 1);
    assertThat(c.favourite()).isZero();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 1_000; i++) {
      ArmChooser.Choice ch = c.choose(r);
      assertThat(ch.index()).isZero();
      assertThat(ch.propensity()).isEqualTo(1.0);
      assertThat(ch.explored()).isFalse();
    }
  }

  @Test
  void thompsonPicksTheArmThatClicksBetterFarMoreOftenAndNeverLogsZero() {
    ArmChooser c = new ArmChooser(spec(ExplorationSpec.Method.THOMPSON, 1), FEEDBACK, 5);
    SplittableRandom r = new SplittableRandom(5);
    int[] counts = new int[4];
    int n = 10_000;
    double sum = 0;
    for (int a = 0; a < 4; a++) {
      assertThat(c.probability(a)).isGreaterThan(0);
      sum += c.probability(a);
    }
    assertThat(sum).isCloseTo(1.0, offset(1e-9));
    for (int i = 0; i < n; i++) {
      ArmChooser.Choice ch = c.choose(r);
      counts[ch.index()]++;
      assertThat(ch.propensity()).isEqualTo(c.probability(ch.index()));
    }
    // 120 of 1,000 against at most 30: trending is the best arm in nearly every posterior draw
    assertThat(counts[2]).as("trending of %d", n).isGreaterThan(9 * n / 10);
    assertThat(c.probability(2)).isGreaterThan(0.95);
    // the chosen share follows the logged propensity (what IPS relies on)
    assertThat(counts[2] / (double) n).isCloseTo(c.probability(2), offset(0.01));
  }

  @Test
  void thompsonSplitsAboutEvenlyBetweenArmsWithEqualEvidenceAndExploresUncertainOnes() {
    ArmChooser none =
        new ArmChooser(spec(ExplorationSpec.Method.THOMPSON, 1), ClickFeedback.NONE, 2);
    for (int a = 0; a < 4; a++) {
      assertThat(none.probability(a)).isCloseTo(0.25, offset(0.02));
    }
    // an arm never shown still gets a real share next to one shown often at a middling rate
    ArmChooser fresh =
        new ArmChooser(
            new ArmsSpec(
                List.of(SourceSpec.model("popular"), SourceSpec.model("als")),
                ExplorationSpec.Method.THOMPSON,
                1),
            feedback(Map.of("popular", new long[] {2_000, 100})),
            2);
    assertThat(fresh.probability(1)).isBetween(0.5, 1.0);
    assertThat(fresh.probability(0)).isGreaterThan(0);
  }
}
