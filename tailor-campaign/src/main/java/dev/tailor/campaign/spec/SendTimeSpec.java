package dev.tailor.campaign.spec;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When each message is due.
 *
 * @param policy now, a fixed instant, a local time in each customer's time zone, or each customer's
 *     best hour
 * @param at the instant ({@code fixed})
 * @param localTime the wall-clock time ({@code local}, and {@code best_hour} for customers without
 *     enough clicks); each message is due at its next occurrence in the customer's zone after
 *     planning
 * @param defaultZone the zone of customers without a known (or with an unknown) time zone
 */
public record SendTimeSpec(
    Policy policy, Optional<Instant> at, Optional<LocalTime> localTime, ZoneId defaultZone) {
  /** The send-time policies. */
  public enum Policy {
    NOW,
    FIXED,
    LOCAL,
    /**
     * The hour of day (in the customer's zone) of most of their past email clicks, with at least
     * {@link dev.tailor.campaign.schedule.SendTimes#MIN_CLICKS} clicks; else {@code local_time}.
     */
    BEST_HOUR
  }

  public static final SendTimeSpec NOW =
      new SendTimeSpec(Policy.NOW, Optional.empty(), Optional.empty(), ZoneId.of("UTC"));

  public SendTimeSpec {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(localTime, "localTime");
    Objects.requireNonNull(defaultZone, "defaultZone");
  }
}
