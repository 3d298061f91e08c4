package dev.tailor.web.preview;

import java.util.Objects;
import java.util.Optional;

/**
 * The email one subscriber gets, or would get, in one campaign.
 *
 * @param campaignId the campaign
 * @param customerId the subscriber
 * @param messageId the message id of (campaign, customer): the one in its tracking links
 * @param variant the variant assigned ({@code holdout} for the holdout group)
 * @param holdout true for the holdout group
 * @param state the stored message's state ({@code planned}, {@code sent}, ...), or empty when the
 *     subscriber has no message in this campaign yet (then it is what a run would assign)
 * @param sends false when no email goes out: a {@code no_email} holdout, or a message that is
 *     suppressed or failed
 * @param detail why nothing goes out, or other notes (empty when there is nothing to say)
 * @param subject the subject line (empty when no email exists for this subscriber)
 * @param preheader the preview text shown after the subject in mailbox lists
 * @param html the HTML part
 * @param text the plain-text part
 * @param decisionJson the strategy's decision as JSON ({@code null} JSON when there is none)
 */
public record EmailPreview(
    String campaignId,
    String customerId,
    String messageId,
    String variant,
    boolean holdout,
    Optional<String> state,
    boolean sends,
    Optional<String> detail,
    Optional<String> subject,
    Optional<String> preheader,
    Optional<String> html,
    Optional<String> text,
    String decisionJson) {
  public EmailPreview {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(preheader, "preheader");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(decisionJson, "decisionJson");
  }
}
