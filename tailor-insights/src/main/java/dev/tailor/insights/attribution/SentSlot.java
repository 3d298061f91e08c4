package dev.tailor.insights.attribution;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.decision.SlotDecision;
import java.util.List;

/**
 * One slot of a sent email.
 *
 * @param slot the slot's id
 * @param requested how many items the strategy asked for
 * @param items what it got, in position order
 */
public record SentSlot(String slot, int requested, List<RecommendedItem> items) {
  public SentSlot {
    slot = Ids.require("slot", slot);
    if (requested < 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "slot " + slot + ": requested must not be negative");
    }
    items = List.copyOf(items);
    for (RecommendedItem i : items) {
      if (!i.slot().equals(slot)) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "slot " + slot + " holds an item of slot " + i.slot());
      }
    }
  }

  /** The slot as a strategy decided it. */
  public static SentSlot of(SlotDecision d) {
    return new SentSlot(
        d.slot(),
        d.requested(),
        d.items().stream().map(i -> RecommendedItem.of(d.slot(), i)).toList());
  }

  /** True when the slot got every item it asked for. */
  public boolean filled() {
    return items.size() >= requested;
  }
}
