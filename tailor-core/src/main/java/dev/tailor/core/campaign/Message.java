package dev.tailor.core.campaign;

import dev.tailor.core.Ids;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable record of one recipient of a campaign.
 *
 * @param id the message id: a function of (campaign, customer), used in the {@code Message-ID}
 *     header, tracking links and as the transport's idempotency key
 * @param campaignId the campaign's key
 * @param customerId the recipient
 * @param variant the variant assigned ({@code holdout} for the holdout group)
 * @param holdout true for the holdout group (no email, or the generic one)
 * @param state the delivery state
 * @param sendAt when the message is due (send-time policy)
 * @param decision the strategy's decision as JSON, once decided
 * @param subject the rendered subject line, once rendered
 * @param transportId the id the transport gave it (SMTP reply, outbox file), once sent
 * @param detail why it is suppressed, deferred or failed; the transport's reply
 * @param createdAt when it was planned
 * @param updatedAt when its state last changed
 * @param sentAt when the transport accepted it
 */
public record Message(
    String id,
    String campaignId,
    String customerId,
    String variant,
    boolean holdout,
    MessageState state,
    Instant sendAt,
    Optional<String> decision,
    Optional<String> subject,
    Optional<String> transportId,
    Optional<String> detail,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> sentAt) {
  public Message {
    id = Ids.require("message_id", id);
    campaignId = Campaign.requireKey(campaignId);
    customerId = Ids.require("customer_id", customerId);
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(sendAt, "sendAt");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(transportId, "transportId");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  /**
   * A newly planned message.
   *
   * @param state {@link MessageState#PLANNED}, or a final state decided at planning time ({@link
   *     MessageState#SUPPRESSED}, {@link MessageState#HELD_OUT}) with {@code detail} saying why
   */
  public static Message planned(
      String id,
      String campaignId,
      String customerId,
      String variant,
      boolean holdout,
      MessageState state,
      Instant sendAt,
      Optional<String> decision,
      Optional<String> detail,
      Instant at) {
    return new Message(
        id,
        campaignId,
        customerId,
        variant,
        holdout,
        state,
        sendAt,
        decision,
        Optional.empty(),
        Optional.empty(),
        detail,
        at,
        at,
        Optional.empty());
  }
}
