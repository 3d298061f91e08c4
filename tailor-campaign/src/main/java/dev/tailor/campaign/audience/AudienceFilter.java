package dev.tailor.campaign.audience;

import dev.tailor.campaign.spec.AudienceSpec;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Applies consent and a campaign's audience conditions to one customer. Thread-safe. */
public final class AudienceFilter {
  private final AudienceSpec spec;
  private final Instant now;
  private final Set<String> countries;

  /**
   * @param spec the conditions
   * @param now the reference of {@code active_within_days}
   */
  public AudienceFilter(AudienceSpec spec, Instant now) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.now = Objects.requireNonNull(now, "now");
    this.countries =
        spec.countries().stream()
            .map(c -> c.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean needsEvents() {
    return spec.needsEvents();
  }

  /**
   * Why the customer is left out ({@code not_subscribed}, {@code no_email}, {@code country}, {@code
   * attribute}, {@code inactive}, {@code has_purchased}, {@code not_purchased}), or empty when they
   * are in the audience. {@code events} is only called when a condition needs the history.
   */
  public Optional<String> exclusion(Customer c, Supplier<List<Event>> events) {
    Optional<String> why = exclusionBeforeHistory(c);
    if (why.isPresent() || !spec.needsEvents()) {
      return why;
    }
    return historyExclusion(events.get());
  }

  /**
   * Why the customer is left out by consent, address, country or attributes, the conditions that
   * need no history; a customer who passes still needs {@link #historyExclusion} when {@link
   * #needsEvents}.
   */
  public Optional<String> exclusionBeforeHistory(Customer c) {
    if (!c.consent().isSubscribed()) {
      return Optional.of("not_subscribed");
    }
    if (c.email().isEmpty() || !c.email().get().contains("@")) {
      return Optional.of("no_email");
    }
    if (!countries.isEmpty()
        && (c.country().isEmpty()
            || !countries.contains(c.country().get().strip().toLowerCase(Locale.ROOT)))) {
      return Optional.of("country");
    }
    for (Map.Entry<String, String> a : spec.attributes().entrySet()) {
      if (!a.getValue().equals(c.attributes().get(a.getKey()))) {
        return Optional.of("attribute");
      }
    }
    return Optional.empty();
  }

  /**
   * Why a customer who passed {@link #exclusionBeforeHistory} is left out by the conditions on
   * their {@code history} ({@code inactive}, {@code has_purchased}, {@code not_purchased}).
   */
  public Optional<String> historyExclusion(List<Event> history) {
    if (spec.activeWithinDays().isPresent()) {
      Instant since = now.minus(Duration.ofDays(spec.activeWithinDays().getAsInt()));
      boolean active = history.stream().anyMatch(e -> !e.timestamp().isBefore(since));
      if (!active) {
        return Optional.of("inactive");
      }
    }
    if (spec.hasPurchased().isPresent()) {
      boolean bought = history.stream().anyMatch(e -> e.type() == EventType.ORDER_COMPLETED);
      if (bought != spec.hasPurchased().get()) {
        return Optional.of(bought ? "has_purchased" : "not_purchased");
      }
    }
    return Optional.empty();
  }
}
