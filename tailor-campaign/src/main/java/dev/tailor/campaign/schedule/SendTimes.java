package dev.tailor.campaign.schedule;

import dev.tailor.campaign.spec.SendTimeSpec;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** When each message is due under a campaign's send-time policy. Thread-safe. */
public final class SendTimes {
  /** Clicks a customer needs before their best hour is trusted. */
  public static final int MIN_CLICKS = 3;

  private final SendTimeSpec spec;

  public SendTimes(SendTimeSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** Whether the policy reads the customer's events. */
  public boolean needsEvents() {
    return spec.policy() == SendTimeSpec.Policy.BEST_HOUR;
  }

  /**
   * The due time of {@code customer}'s message planned at {@code now}: {@code now}; the fixed
   * instant; the next occurrence of the local time in the customer's zone (the default zone when
   * theirs is unknown or invalid), today if it is still ahead, else tomorrow; or the next
   * occurrence of their best hour. {@code events} is only called for the best hour.
   */
  public Instant dueAt(Customer customer, Supplier<List<Event>> events, Instant now) {
    return switch (spec.policy()) {
      case NOW -> now;
      case FIXED -> spec.at().orElseThrow();
      case LOCAL -> nextLocal(zoneOf(customer), spec.localTime().orElseThrow(), now);
      case BEST_HOUR -> {
        ZoneId zone = zoneOf(customer);
        int[] clicks = new int[24];
        int total = 0;
        for (Event e : events.get()) {
          if (e.type() == EventType.EMAIL_CLICKED) {
            clicks[e.timestamp().atZone(zone).getHour()]++;
            total++;
          }
        }
        if (total < MIN_CLICKS) {
          yield nextLocal(zone, spec.localTime().orElseThrow(), now);
        }
        int best = 0;
        for (int h = 1; h < 24; h++) {
          best = clicks[h] > clicks[best] ? h : best;
        }
        yield nextLocal(zone, LocalTime.of(best, 0), now);
      }
    };
  }

  private static Instant nextLocal(ZoneId zone, LocalTime time, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime due = local.with(time).withNano(0);
    if (due.isBefore(local)) {
      due = due.plusDays(1).with(time);
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
