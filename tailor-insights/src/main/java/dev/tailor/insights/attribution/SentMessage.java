package dev.tailor.insights.attribution;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.Ids;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What insights need to know about one recipient of a campaign; the campaign module maps its
 * message records into these.
 *
 * @param messageId the message id (the one tracking events carry)
 * @param customerId the recipient
 * @param campaignId the campaign
 * @param variant the variant's name ({@code holdout} for the holdout group, by convention)
 * @param holdout true for the holdout group, which got no email (or a generic one)
 * @param sentAt when the transport accepted the email; for the holdout, when it would have been
 *     sent (its planned send time), so its outcome window lines up with the variants'
 * @param slots the slots with the recommended items, in the email's order
 */
public record SentMessage(
    String messageId,
    String customerId,
    String campaignId,
    String variant,
    boolean holdout,
    Instant sentAt,
    List<SentSlot> slots) {
  public SentMessage {
    messageId = Ids.require("message_id", messageId);
    customerId = Ids.require("customer_id", customerId);
    campaignId = Ids.require("campaign_id", campaignId);
    variant = Ids.require("variant", variant);
    Objects.requireNonNull(sentAt, "sentAt");
    slots = List.copyOf(slots);
    Set<String> seen = new HashSet<>();
    for (SentSlot s : slots) {
      if (!seen.add(s.slot())) {
        throw new TailorException(
            ErrorCode.BAD_INPUT, "message " + messageId + " has slot " + s.slot() + " twice");
      }
    }
  }

  /** Every recommended item, in slot order. */
  public List<RecommendedItem> items() {
    return slots.stream().flatMap(s -> s.items().stream()).toList();
  }

  /** The first recommended item showing {@code productId}, if any. */
  public Optional<RecommendedItem> find(String productId) {
    for (SentSlot s : slots) {
      for (RecommendedItem i : s.items()) {
        if (i.productId().equals(productId)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** The item at {@code productId} in {@code slot}, else in any slot. */
  public Optional<RecommendedItem> find(Optional<String> slot, String productId) {
    if (slot.isPresent()) {
      for (SentSlot s : slots) {
        if (s.slot().equals(slot.get())) {
          for (RecommendedItem i : s.items()) {
            if (i.productId().equals(productId)) {
              return Optional.of(i);
            }
          }
        }
      }
    }
    return find(productId);
  }
}
