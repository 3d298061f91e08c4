package dev.tailor.core.event;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a customer or anonymous visitor did.
 *
 * @param eventId the dedup key: importing an event with a known id stores nothing
 * @param type what happened
 * @param timestamp when it happened
 * @param customerId the customer, if known (required unless {@code anonymousId} is given)
 * @param anonymousId the anonymous visitor, if known
 * @param productId the product concerned, if any
 * @param quantity units concerned (1 unless given; never negative)
 * @param price unit price at the time, if given
 * @param orderId the order, for order events
 * @param campaignId the campaign, for email events
 * @param messageId the email message, for email events
 */
public record Event(
    String eventId,
    EventType type,
    Instant timestamp,
    Optional<String> customerId,
    Optional<String> anonymousId,
    Optional<String> productId,
    int quantity,
    Optional<BigDecimal> price,
    Optional<String> orderId,
    Optional<String> campaignId,
    Optional<String> messageId) {

  public Event {
    eventId = Ids.require("event_id", eventId);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(anonymousId, "anonymousId");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(messageId, "messageId");
    if (customerId.isEmpty() && anonymousId.isEmpty()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "customer_id or anonymous_id is required");
    }
    if (type == EventType.IDENTIFY && (customerId.isEmpty() || anonymousId.isEmpty())) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "identify needs both customer_id and anonymous_id");
    }
    if (quantity < 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "quantity must not be negative");
    }
    if (price.isPresent() && price.get().signum() < 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "price must not be negative");
    }
  }

  /** This event attributed to {@code customer} (used when an anonymous id has been linked). */
  public Event withCustomerId(String customer) {
    return new Event(
        eventId,
        type,
        timestamp,
        Optional.of(customer),
        anonymousId,
        productId,
        quantity,
        price,
        orderId,
        campaignId,
        messageId);
  }

  public static Builder builder(String eventId, EventType type, Instant timestamp) {
    return new Builder(eventId, type, timestamp);
  }

  /** Builds events field by field; absent values are left {@code null} here. */
  public static final class Builder {
    private final String eventId;
    private final EventType type;
    private final Instant timestamp;
    private String customerId;
    private String anonymousId;
    private String productId;
    private int quantity = 1;
    private BigDecimal price;
    private String orderId;
    private String campaignId;
    private String messageId;

    private Builder(String eventId, EventType type, Instant timestamp) {
      this.eventId = eventId;
      this.type = type;
      this.timestamp = timestamp;
    }

    public Builder customerId(String v) {
      customerId = v;
      return this;
    }

    public Builder anonymousId(String v) {
      anonymousId = v;
      return this;
    }

    public Builder productId(String v) {
      productId = v;
      return this;
    }

    public Builder quantity(int v) {
      quantity = v;
      return this;
    }

    public Builder price(BigDecimal v) {
      price = v;
      return this;
    }

    public Builder orderId(String v) {
      orderId = v;
      return this;
    }

    public Builder campaignId(String v) {
      campaignId = v;
      return this;
    }

    public Builder messageId(String v) {
      messageId = v;
      return this;
    }

    public Event build() {
      return new Event(
          eventId,
          type,
          timestamp,
          Optional.ofNullable(customerId),
          Optional.ofNullable(anonymousId),
          Optional.ofNullable(productId),
          quantity,
          Optional.ofNullable(price),
          Optional.ofNullable(orderId),
          Optional.ofNullable(campaignId),
          Optional.ofNullable(messageId));
    }
  }
}
