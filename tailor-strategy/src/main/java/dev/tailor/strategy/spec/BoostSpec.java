package dev.tailor.strategy.spec;

import java.util.List;

/**
 * Soft rules: multiply an item's score by {@code 1 + weight} when it qualifies.
 *
 * @param marginWeight the score is multiplied by {@code 1 + marginWeight × margin}
 * @param newArrivalDays items created within this many days of the decision are new arrivals
 * @param newArrivalWeight boost of new arrivals
 * @param promotedTags tags of promoted items
 * @param promotedWeight boost of promoted items
 */
public record BoostSpec(
    double marginWeight,
    int newArrivalDays,
    double newArrivalWeight,
    List<String> promotedTags,
    double promotedWeight) {
  public static final BoostSpec NONE = new BoostSpec(0, 0, 0, List.of(), 0);

  public BoostSpec {
    promotedTags = List.copyOf(promotedTags);
  }
}
