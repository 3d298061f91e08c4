package dev.tailor.core.decision;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One slot of a decision.
 *
 * @param slot the slot's id in the strategy (e.g. {@code similar}); analytics key
 * @param kind {@code product} for a product slot, {@code content} for a content block
 * @param label the slot's heading with its placeholders filled in
 * @param requested how many items the strategy asked for
 * @param items the chosen items, best first
 * @param shortfall why the slot holds fewer than {@code requested} items (empty when filled); a
 *     template can hide a slot that is not filled
 */
public record SlotDecision(
    String slot,
    String kind,
    String label,
    int requested,
    List<DecisionItem> items,
    Optional<String> shortfall) {
  public SlotDecision {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    items = List.copyOf(items);
    Objects.requireNonNull(shortfall, "shortfall");
    if (items.size() < requested && shortfall.isEmpty()) {
      throw new IllegalArgumentException("slot " + slot + " is short without a reason");
    }
  }

  /** True when the slot holds every item the strategy asked for. */
  public boolean filled() {
    return items.size() >= requested;
  }
}
