package dev.tailor.strategy.spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated strategy.
 *
 * @param name the strategy's name, recorded in decisions
 * @param goal what items are ranked for
 * @param diversity MMR and the similarity ceiling
 * @param slots product slots and content blocks, in display order
 */
public record StrategySpec(String name, Goal goal, DiversitySpec diversity, List<SlotSpec> slots) {
  public StrategySpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(diversity, "diversity");
    slots = List.copyOf(slots);
  }

  /**
   * True when a decision reads click feedback: a slot that explores by Thompson sampling, or one
   * that chooses among arms (by their click rates). Uniform exploration (ε-greedy over items) and
   * slots that do not explore read none.
   */
  public boolean usesClickFeedback() {
    for (SlotSpec s : slots) {
      if (!s.arms().isEmpty()) {
        return true;
      }
      if (s.exploration().rate() > 0
          && s.exploration().method() == ExplorationSpec.Method.THOMPSON) {
        return true;
      }
    }
    return false;
  }

  /** Every algorithm a slot, arm or fallback needs a model of. */
  public Set<String> algorithms() {
    Set<String> out = new LinkedHashSet<>();
    for (SlotSpec s : slots) {
      s.source().algorithm().ifPresent(out::add);
      for (SourceSpec a : s.arms().arms()) {
        a.algorithm().ifPresent(out::add);
      }
      for (FallbackSpec f : s.fallbacks()) {
        f.source().algorithm().ifPresent(out::add);
      }
    }
    return out;
  }
}
