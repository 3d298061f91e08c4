package dev.tailor.campaign.assign;

import java.util.Objects;

/**
 * Where one customer lands in a campaign.
 *
 * @param messageId the message id of (campaign, customer)
 * @param pilot true when the customer is in the pilot share
 * @param holdout true when the customer is in the holdout group
 * @param variant the variant ({@code holdout} for the holdout group)
 */
public record Assignment(String messageId, boolean pilot, boolean holdout, String variant) {
  public Assignment {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(variant, "variant");
  }
}
