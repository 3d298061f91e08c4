package dev.tailor.strategy.explore;

import dev.tailor.strategy.spec.ExplorationSpec;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses one position's item: the best (exploit) with probability {@code 1 − rate}, otherwise one
 * of the best {@code pool} remaining items picked uniformly (ε-greedy) or by a Thompson draw. The
 * propensity of the chosen item is exact for ε-greedy and estimated by {@value #SIMULATIONS}
 * simulated draws (smoothed, so never 0) for Thompson sampling; over all candidates it sums to 1.
 */
public final class Explorer {
  static final int SIMULATIONS = 200;

  private final ExplorationSpec spec;
  private final ClickFeedback feedback;

  public Explorer(ExplorationSpec spec, ClickFeedback feedback) {
    this.spec = spec;
    this.feedback = feedback;
  }

  /**
   * A choice among {@code pool} (the remaining candidates best first) where {@code best} is the
   * index the ranking would take.
   *
   * @param index the chosen position in {@code pool}
   * @param propensity the probability of choosing it, in (0, 1]
   * @param explored true when exploration chose it
   */
  public record Choice(int index, double propensity, boolean explored) {}

  public Choice choose(List<String> pool, int best, SplittableRandom random) {
    double rate = spec.rate();
    int m = Math.min(spec.pool(), pool.size());
    if (rate <= 0 || m == 0) {
      return new Choice(best, 1.0, false);
    }
    boolean explore = random.nextDouble() < rate;
    int chosen = best;
    if (explore) {
      chosen =
          spec.method() == ExplorationSpec.Method.THOMPSON
              ? thompson(pool, m, random)
              : random.nextInt(m);
    }
    double p = (chosen == best ? 1 - rate : 0) + rate * exploreProbability(pool, m, chosen, random);
    return new Choice(chosen, Math.min(1.0, p), explore && chosen != best);
  }

  /**
   * The probability that an exploring position picks {@code index} of the pool's first {@code m}.
   */
  double exploreProbability(List<String> pool, int m, int index, SplittableRandom random) {
    if (index >= m) {
      return 0;
    }
    if (spec.method() != ExplorationSpec.Method.THOMPSON) {
      return 1.0 / m;
    }
    int wins = 0;
    SplittableRandom sim = random.split();
    for (int s = 0; s < SIMULATIONS; s++) {
      if (thompson(pool, m, sim) == index) {
        wins++;
      }
    }
    double alpha = 0.5;
    return (wins + alpha) / (SIMULATIONS + alpha * m);
  }

  private int thompson(List<String> pool, int m, SplittableRandom random) {
    int best = 0;
    double top = -1;
    for (int i = 0; i < m; i++) {
      long[] sc = feedback.showsAndClicks(pool.get(i));
      double clicks = Math.max(0, sc[1]);
      double misses = Math.max(0, sc[0] - sc[1]);
      double draw = Beta.sample(1 + clicks, 1 + misses, random);
      if (draw > top) {
        top = draw;
        best = i;
      }
    }
    return best;
  }
}
