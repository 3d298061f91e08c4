package dev.tailor.core.decision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one recipient gets from a strategy: every slot, filled or with the reason it is not.
 *
 * @param customerId the recipient
 * @param strategy the strategy's name
 * @param decidedAt the decision time (rules such as availability windows are judged at it)
 * @param goal the optimisation goal the items were ranked for ({@code clicks}, {@code revenue},
 *     {@code engagement})
 * @param slots the slots in the strategy's order
 */
public record Decision(
    String customerId, String strategy, Instant decidedAt, String goal, List<SlotDecision> slots) {
  public Decision {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(goal, "goal");
    slots = List.copyOf(slots);
  }

  /** Every item of every slot, in slot order. */
  public List<DecisionItem> items() {
    return slots.stream().flatMap(s -> s.items().stream()).toList();
  }
}
