package dev.tailor.insights.engagement;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.tracking.TrackingHit;
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
 * @param ip the client address as the server saw it, or the network address of the truncated prefix
 *     that was stored, if known
 * @param slot the slot of the clicked link, if any
 * @param productId the product of the clicked link, if any
 * @param proxy the privacy proxy or scanner recognised when the hit arrived, if any
 */
public record EmailHit(
    String eventId,
    HitKind kind,
    String messageId,
    Instant at,
    Optional<String> userAgent,
    Optional<String> ip,
    Optional<String> slot,
    Optional<String> productId,
    Optional<ProxyKind> proxy) {
  public EmailHit {
    eventId = Ids.require("event_id", eventId);
    Objects.requireNonNull(kind, "kind");
    messageId = Ids.require("message_id", messageId);
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(proxy, "proxy");
  }

  /** A hit with no proxy recognised on arrival. */
  public EmailHit(
      String eventId,
      HitKind kind,
      String messageId,
      Instant at,
      Optional<String> userAgent,
      Optional<String> ip,
      Optional<String> slot,
      Optional<String> productId) {
    this(eventId, kind, messageId, at, userAgent, ip, slot, productId, Optional.empty());
  }

  /**
   * The hit an {@code email_opened} or {@code email_clicked} event records. Events carry no user
   * agent, address or slot, so only the timing rules can judge such a hit.
   */
  public static EmailHit fromEvent(Event e) {
    return fromEvent(e, Optional.empty());
  }

  /**
   * The hit of an event with what the tracking endpoint stored beside it (user agent, network,
   * proxy), when it stored anything.
   */
  public static EmailHit fromEvent(Event e, Optional<TrackingHit> seen) {
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
        seen.flatMap(TrackingHit::userAgent),
        seen.flatMap(TrackingHit::ipPrefix).map(IpPrefix::networkAddress),
        Optional.empty(),
        e.productId(),
        seen.flatMap(TrackingHit::proxyKind).flatMap(ProxyKind::fromWireName));
  }

  /** The link a click followed: its slot and product, as far as known. */
  public String link() {
    return slot.orElse("") + "|" + productId.orElse("");
  }
}
