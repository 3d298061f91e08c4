package dev.tailor.core.customer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's consent to marketing email and when it was given or withdrawn.
 *
 * @param status the current status
 * @param at when the status was recorded, if known
 */
public record Consent(ConsentStatus status, Optional<Instant> at) {
  /** No consent recorded. */
  public static final Consent NEVER = new Consent(ConsentStatus.NEVER, Optional.empty());

  public Consent {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }

  public static Consent of(ConsentStatus status, Instant at) {
    return new Consent(status, Optional.ofNullable(at));
  }

  public boolean isSubscribed() {
    return status == ConsentStatus.SUBSCRIBED;
  }
}
