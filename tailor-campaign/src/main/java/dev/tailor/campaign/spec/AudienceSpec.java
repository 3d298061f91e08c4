package dev.tailor.campaign.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who may get the campaign, besides consent (only subscribed customers are ever emailed) and the
 * suppression list.
 *
 * @param activeWithinDays only customers with an event in the last N days before planning
 * @param countries only customers in one of these countries (case-insensitive); empty means all
 * @param hasPurchased only buyers (true) or only non-buyers (false)
 * @param attributes only customers whose custom attributes equal these values
 */
public record AudienceSpec(
    OptionalInt activeWithinDays,
    List<String> countries,
    Optional<Boolean> hasPurchased,
    Map<String, String> attributes) {
  public static final AudienceSpec EVERYONE =
      new AudienceSpec(OptionalInt.empty(), List.of(), Optional.empty(), Map.of());

  public AudienceSpec {
    Objects.requireNonNull(activeWithinDays, "activeWithinDays");
    countries = List.copyOf(countries);
    Objects.requireNonNull(hasPurchased, "hasPurchased");
    attributes = Map.copyOf(attributes);
  }

  /** True when a filter needs the customer's events. */
  public boolean needsEvents() {
    return activeWithinDays.isPresent() || hasPurchased.isPresent();
  }
}
