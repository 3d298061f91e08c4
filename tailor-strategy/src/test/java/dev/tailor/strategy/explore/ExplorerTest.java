package dev.tailor.strategy.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.strategy.spec.ExplorationSpec;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExplorerTest {
  static final List<String> POOL = IntStream.range(0, 10).mapToObj(i -> "p" + i).toList();

  @Test
  void epsilonGreedyExploresAtItsRateWithExactPropensities() {
    Explorer e =
        new Explorer(
            new ExplorationSpec(0.2, ExplorationSpec.Method.EPSILON_GREEDY, 5), ClickFeedback.NONE);
    SplittableRandom r = new SplittableRandom(1);
    int notBest = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      Explorer.Choice c = e.choose(POOL, 0, r);
      if (c.index() == 0) {
        assertThat(c.propensity())
            .isCloseTo(0.8 + 0.2 / 5, org.assertj.core.data.Offset.offset(1e-12));
      } else {
        notBest++;
        assertThat(c.index()).isLessThan(5);
        assertThat(c.propensity()).isCloseTo(0.2 / 5, org.assertj.core.data.Offset.offset(1e-12));
      }
    }
    // exploring picks one of 5, so 4/5 of explorations leave the best: 0.2 × 0.8 = 0.16
    assertThat(notBest / (double) n).isBetween(0.15, 0.17);
  }

  @Test
  void propensitiesOverThePoolSumToOneForBothMethods() {
    for (ExplorationSpec.Method m : ExplorationSpec.Method.values()) {
      Explorer e =
          new Explorer(
              new ExplorationSpec(0.3, m, 4), arm -> new long[] {100, arm.equals("p2") ? 30 : 5});
      double sum = 0;
      for (int i = 0; i < POOL.size(); i++) {
        double p =
            (i == 1 ? 0.7 : 0) + 0.3 * e.exploreProbability(POOL, 4, i, new SplittableRandom(3));
        sum += p;
      }
      assertThat(sum).as(m.name()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void thompsonSamplingFavoursTheArmWithMoreClicksAndNeverLogsZero() {
    Explorer e =
        new Explorer(
            new ExplorationSpec(1.0, ExplorationSpec.Method.THOMPSON, 4),
            arm -> new long[] {100, arm.equals("p2") ? 30 : 5});
    SplittableRandom r = new SplittableRandom(5);
    int p2 = 0;
    for (int i = 0; i < 2000; i++) {
      Explorer.Choice c = e.choose(POOL, 0, r);
      assertThat(c.propensity()).isGreaterThan(0).isLessThanOrEqualTo(1);
      if (c.index() == 2) {
        p2++;
      }
    }
    assertThat(p2).isGreaterThan(1800);
  }

  @Test
  void noExplorationMeansTheBestWithPropensityOne() {
    Explorer e = new Explorer(ExplorationSpec.NONE, ClickFeedback.NONE);
    assertThat(e.choose(POOL, 3, new SplittableRandom(1)))
        .isEqualTo(new Explorer.Choice(3, 1.0, false));
  }
}
