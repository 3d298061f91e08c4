package dev.tailor.strategy.explore;

import dev.tailor.strategy.spec.ArmsSpec;
import dev.tailor.strategy.spec.ExplorationSpec;
import dev.tailor.strategy.spec.SourceSpec;
import java.util.SplittableRandom;

/**
 * Chooses which arm (source) fills a slot for one decision. The feedback is read once, so every
 * decision of an engine chooses from the same distribution, which is worked out here:
 *
 * <ul>
 *   <li>ε-greedy: the arm with the best posterior mean click rate (1 + clicks) / (2 + shows), the
 *       first listed on a tie, with probability {@code 1 − rate + rate / k}, every other arm with
 *       {@code rate / k} (exact).
 *   <li>Thompson sampling: each arm with the probability that its draw from Beta(1 + clicks, 1 +
 *       shows − clicks) is the highest, estimated by {@value #SIMULATIONS} simulated draws and
 *       smoothed by half a draw per arm, so never 0.
 * </ul>
 *
 * Decisions draw the arm from that distribution, so the propensity logged for it is the probability
 * it was chosen with.
 */
public final class ArmChooser {
  static final int SIMULATIONS = 10_000;

  private final ArmsSpec spec;
  private final double[] probability;
  private final int favourite;

  /**
   * @param spec the slot's arms
   * @param feedback shows and clicks per algorithm
   * @param seed seeds the Thompson simulation
   */
  public ArmChooser(ArmsSpec spec, ClickFeedback feedback, long seed) {
    if (spec.isEmpty()) {
      throw new IllegalArgumentException("no arms to choose among");
    }
    this.spec = spec;
    int k = spec.arms().size();
    double[] clicks = new double[k];
    double[] misses = new double[k];
    int best = 0;
    double bestMean = -1;
    for (int i = 0; i < k; i++) {
      long[] sc = feedback.algorithmShowsAndClicks(ArmsSpec.name(spec.arms().get(i)));
      clicks[i] = Math.max(0, sc[1]);
      misses[i] = Math.max(0, sc[0] - sc[1]);
      double mean = (1 + clicks[i]) / (2 + clicks[i] + misses[i]);
      if (mean > bestMean) {
        bestMean = mean;
        best = i;
      }
    }
    this.favourite = best;
    this.probability = new double[k];
    if (spec.method() == ExplorationSpec.Method.THOMPSON) {
      int[] wins = new int[k];
      SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
      for (int s = 0; s < SIMULATIONS; s++) {
        wins[draw(clicks, misses, r)]++;
      }
      for (int i = 0; i < k; i++) {
        probability[i] = (wins[i] + 0.5) / (SIMULATIONS + 0.5 * k);
      }
    } else {
      for (int i = 0; i < k; i++) {
        probability[i] = (i == best ? 1 - spec.rate() : 0) + spec.rate() / k;
      }
    }
  }

  private static int draw(double[] clicks, double[] misses, SplittableRandom r) {
    int best = 0;
    double top = -1;
    for (int i = 0; i < clicks.length; i++) {
      double d = Beta.sample(1 + clicks[i], 1 + misses[i], r);
      if (d > top) {
        top = d;
        best = i;
      }
    }
    return best;
  }

  /**
   * The arm for one decision.
   *
   * @param index its position in the slot's arms
   * @param source the arm
   * @param propensity the probability it was chosen with, in (0, 1]
   * @param explored true when it is not the arm with the best click rate so far
   */
  public record Choice(int index, SourceSpec source, double propensity, boolean explored) {}

  public Choice choose(SplittableRandom random) {
    double u = random.nextDouble();
    int chosen = -1;
    double cumulative = 0;
    for (int i = 0; i < probability.length; i++) {
      cumulative += probability[i];
      if (probability[i] > 0) {
        chosen = i;
        if (u < cumulative) {
          break;
        }
      }
    }
    return new Choice(chosen, spec.arms().get(chosen), probability[chosen], chosen != favourite);
  }

  /** The probability that a decision chooses arm {@code index}. */
  public double probability(int index) {
    return probability[index];
  }

  /** The arm with the best posterior mean click rate (what ε-greedy exploits). */
  public int favourite() {
    return favourite;
  }
}
