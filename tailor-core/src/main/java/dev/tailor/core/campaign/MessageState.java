package dev.tailor.core.campaign;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Locale;

/**
 * The delivery state of one message. The normal path is {@code PLANNED → RENDERED → SENDING →
 * SENT}; every step is a compare-and-set on the current state.
 */
public enum MessageState {
  /** The recipient is chosen; nothing rendered yet. */
  PLANNED,
  /** Decided and rendered (subject and decision recorded); not yet handed to a transport. */
  RENDERED,
  /**
   * Claimed by one worker and being handed to the transport. A message found in this state after a
   * crash is "in doubt": the transport may or may not have accepted it.
   */
  SENDING,
  /** Accepted by the transport (final). */
  SENT,
  /** Refused for now (SMTP 4xx, rate limit); a later run or resume tries again. */
  DEFERRED,
  /** Refused for good (hard bounce) or could not be built (final). */
  FAILED,
  /** Not sent because the customer is on the suppression list or over the frequency cap (final). */
  SUPPRESSED,
  /** In the holdout group, which gets no email (final). */
  HELD_OUT;

  /** True when nothing will happen to the message any more. */
  public boolean isFinal() {
    return this == SENT || this == FAILED || this == SUPPRESSED || this == HELD_OUT;
  }

  /** The stored spelling ({@code planned}, ...). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MessageState parse(String value) {
    for (MessageState s : values()) {
      if (s.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return s;
      }
    }
    throw new TailorException(ErrorCode.BAD_INPUT, "unknown message state '" + value + "'");
  }
}
