package dev.tailor.campaign.schedule;

import dev.tailor.campaign.spec.SendTimeSpec;
import dev.tailor.core.customer.Customer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** When each message is due under a campaign's send-time policy. Thread-safe. */
public final class SendTimes {
  private final SendTimeSpec spec;

  public SendTimes(SendTimeSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /**
   * The due time of {@code customer}'s message planned at {@code now}: {@code now}; the fixed
   * instant; or the next occurrence of the local time in the customer's zone (the default zone when
   * theirs is unknown or invalid), today if it is still ahead, else tomorrow.
   */
  public Instant dueAt(Customer customer, Instant now) {
    return switch (spec.policy()) {
      case NOW -> now;
      case FIXED -> spec.at().orElseThrow();
      case LOCAL -> nextLocal(zoneOf(customer), now);
    };
  }

  private Instant nextLocal(ZoneId zone, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime due = local.with(spec.localTime().orElseThrow()).withNano(0);
    if (due.isBefore(local)) {
      due = due.plusDays(1).with(spec.localTime().orElseThrow());
    }
    return due.toInstant();
  }

  private ZoneId zoneOf(Customer customer) {
    if (customer.timezone().isPresent()) {
      try {
        return ZoneId.of(customer.timezone().get());
      } catch (DateTimeException e) {
        return spec.defaultZone();
      }
    }
    return spec.defaultZone();
  }
}
