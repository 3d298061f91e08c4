package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import java.util.Objects;

/**
 * One message ready to be rendered.
 *
 * @param message the record
 * @param customer the recipient
 * @param variant the variant (the generic holdout's for a generic holdout message)
 * @param decision the strategy's decision
 * @param subjectIndex which of the variant's subject lines to use
 */
public record Recipient(
    Message message, Customer customer, Variant variant, Decision decision, int subjectIndex) {
  public Recipient {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * The recipient of {@code message} with the subject line the pipeline uses for it: one of the
   * variant's lines picked by the message id, so a re-render or a preview shows the same one.
   */
  public static Recipient of(
      Message message, Customer customer, Variant variant, Decision decision) {
    int subjects = Math.max(1, variant.subjects().size());
    int index = (int) Long.remainderUnsigned(message.id().hashCode() & 0xffffffffL, subjects);
    return new Recipient(message, customer, variant, decision, index);
  }
}
