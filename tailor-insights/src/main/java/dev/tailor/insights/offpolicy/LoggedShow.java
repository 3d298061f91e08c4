package dev.tailor.insights.offpolicy;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.util.Objects;

/**
 * One item shown in one slot of one sent message, with what the new policy would have done.
 *
 * @param messageId the sent message
 * @param slot the slot the item was shown in
 * @param productId the item shown
 * @param loggingPropensity the probability the logging policy showed it there, in (0, 1]
 * @param newPropensity the probability the new policy shows it there for that customer, in [0, 1]
 * @param clicked true when a human clicked it
 */
public record LoggedShow(
    String messageId,
    String slot,
    String productId,
    double loggingPropensity,
    double newPropensity,
    boolean clicked) {
  public LoggedShow {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(productId, "productId");
    if (!(loggingPropensity > 0 && loggingPropensity <= 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "logging propensity of "
              + productId
              + " in message "
              + messageId
              + " must lie in (0, 1], not "
              + loggingPropensity);
    }
    if (!(newPropensity >= 0 && newPropensity <= 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "new propensity of "
              + productId
              + " in message "
              + messageId
              + " must lie in [0, 1], not "
              + newPropensity);
    }
  }
}
