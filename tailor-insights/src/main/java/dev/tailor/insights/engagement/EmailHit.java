package dev.tailor.insights.engagement;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One open or click of one message, with what the tracking endpoint saw.
 *
 * @param eventId the event's id (the dedup key)
 * @param kind open or click
 * @param messageId the message
 * @param at when it happened
 * @param userAgent the request's {@code User-Agent}, if any
 * @param ip the client address as the server saw it, if known
 * @param slot the slot of the clicked link, if any
 * @param productId the product of the clicked link, if any
 */
public record EmailHit(
    String eventId,
    HitKind kind,
    String messageId,
    Instant at,
    Optional<String> userAgent,
    Optional<String> ip,
    Optional<String> slot,
    Optional<String> productId) {
  public EmailHit {
    eventId = Ids.require("event_id", eventId);
    Objects.requireNonNull(kind, "kind");
    messageId = Ids.require("message_id", messageId);
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(productId, "productId");
  }

  /**
   * The hit an {@code email_opened} or {@code email_clicked} event records. Events carry no user
   * agent, address or slot, so only the timing rules can judge such a hit.
   */
  public static EmailHit fromEvent(Event e) {
    HitKind kind;
    if (e.type() == EventType.EMAIL_OPENED) {
      kind = HitKind.OPEN;
    } else if (e.type() == EventType.EMAIL_CLICKED) {
      kind = HitKind.CLICK;
    } else {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "event " + e.eventId() + " is neither an open nor a click");
    }
    String message =
        e.messageId()
            .orElseThrow(
                () ->
                    new TailorException(
                        ErrorCode.BAD_INPUT, "event " + e.eventId() + " has no message_id"));
    return new EmailHit(
        e.eventId(),
        kind,
        message,
        e.timestamp(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        e.productId());
  }

  /** The link a click followed: its slot and product, as far as known. */
  public String link() {
    return slot.orElse("") + "|" + productId.orElse("");
  }
}
