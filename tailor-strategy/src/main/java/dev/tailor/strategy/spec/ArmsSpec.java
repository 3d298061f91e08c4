package dev.tailor.strategy.spec;

import java.util.List;
import java.util.Objects;

/**
 * A slot that chooses, per decision, which of several sources (arms) fills it. Clicks are credited
 * to an arm by its name (the algorithm, or {@code curated}), so a slot's arms have distinct names.
 *
 * @param arms the candidate sources in the order given: none (the slot has one source) or at least
 *     two
 * @param method how an arm is chosen: {@code EPSILON_GREEDY} takes the arm with the best click rate
 *     so far, or with probability {@code rate} one of all arms uniformly; {@code THOMPSON} draws an
 *     arm for every decision with the probability that it has the best click rate
 * @param rate for ε-greedy, the probability of a uniformly chosen arm, 0..1 (1 for Thompson)
 */
public record ArmsSpec(List<SourceSpec> arms, ExplorationSpec.Method method, double rate) {
  public static final ArmsSpec NONE =
      new ArmsSpec(List.of(), ExplorationSpec.Method.EPSILON_GREEDY, 0);

  /** The most arms a slot may name. */
  public static final int MAX_ARMS = 8;

  public ArmsSpec {
    arms = List.copyOf(arms);
    Objects.requireNonNull(method, "method");
    if (arms.size() == 1 || arms.size() > MAX_ARMS) {
      throw new IllegalArgumentException("2 to " + MAX_ARMS + " arms, or none");
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate in 0..1");
    }
    if (arms.stream().map(ArmsSpec::name).distinct().count() != arms.size()) {
      throw new IllegalArgumentException("arms need distinct algorithms");
    }
  }

  /** True when the slot has a single source and chooses nothing. */
  public boolean isEmpty() {
    return arms.isEmpty();
  }

  /** The name an arm's items record as their algorithm, and its clicks are counted under. */
  public static String name(SourceSpec arm) {
    return arm.algorithm().orElse("curated");
  }
}
