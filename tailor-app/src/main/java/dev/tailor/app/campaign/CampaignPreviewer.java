package dev.tailor.app.campaign;

import dev.tailor.campaign.assign.Assigner;
import dev.tailor.campaign.assign.Assignment;
import dev.tailor.campaign.pipeline.CampaignSetup;
import dev.tailor.campaign.pipeline.DecisionJson;
import dev.tailor.campaign.pipeline.Recipient;
import dev.tailor.campaign.spec.CampaignSpec;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.core.store.Store;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.web.preview.EmailPreview;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One subscriber's email in a campaign, made by the campaign's own parts: its {@link Assigner}, its
 * decision engines and its composer. A stored message is rendered again from its recorded variant
 * and decision; otherwise the customer is assigned and decided as a run would now. Nothing is
 * written.
 */
final class CampaignPreviewer {
  /** Recent events a decision reads: as many as the pipeline reads per customer. */
  private static final int HISTORY = 1_000;

  private static final EnumSet<MessageState> NOT_SENDING =
      EnumSet.of(MessageState.SUPPRESSED, MessageState.FAILED, MessageState.HELD_OUT);

  private CampaignPreviewer() {}

  static EmailPreview preview(Store store, CampaignSetup setup, String customerId, Instant now) {
    CampaignSpec spec = setup.spec();
    Customer customer =
        store
            .customers()
            .findById(customerId)
            .orElseThrow(
                () -> new TailorException(ErrorCode.NOT_FOUND, "no customer " + customerId));
    Assignment a =
        new Assigner(
                spec.key(), spec.pilot(), spec.holdout().share(), spec.variants(), spec.promoted())
            .assign(customerId);
    Optional<Message> stored =
        store.messages().findById(a.messageId()).filter(m -> m.campaignId().equals(spec.key()));
    Message m =
        stored.orElseGet(
            () ->
                Message.planned(
                    a.messageId(),
                    spec.key(),
                    customerId,
                    a.variant(),
                    a.holdout(),
                    MessageState.PLANNED,
                    now,
                    Optional.empty(),
                    Optional.empty(),
                    now));
    Optional<String> why = stored.isPresent() ? reason(m) : eligibility(store, customer, a);
    Optional<Variant> arm = setup.arm(m.variant());
    if (arm.isEmpty()) {
      return new EmailPreview(
          spec.key(),
          customerId,
          m.id(),
          m.variant(),
          m.holdout(),
          state(stored),
          false,
          Optional.of("in the holdout group: no email"),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "null");
    }
    if (customer.email().isEmpty()) {
      return new EmailPreview(
          spec.key(),
          customerId,
          m.id(),
          m.variant(),
          m.holdout(),
          state(stored),
          false,
          Optional.of("the customer has no email address"),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "null");
    }
    Decision d =
        m.decision().isPresent()
            ? DecisionJson.read(m.decision().get())
            : setup
                .engine(arm.get().name())
                .decide(
                    customerId,
                    customer.firstName(),
                    store.events().recentForCustomer(customerId, HISTORY));
    OutgoingEmail e = setup.composer().compose(Recipient.of(m, customer, arm.get(), d));
    return new EmailPreview(
        spec.key(),
        customerId,
        m.id(),
        m.variant(),
        m.holdout(),
        state(stored),
        why.isEmpty(),
        why,
        Optional.of(m.subject().orElse(e.subject())),
        Optional.of(Preheaders.of(e.html())),
        Optional.of(e.html()),
        Optional.of(e.text()),
        DecisionJson.write(d));
  }

  private static Optional<String> state(Optional<Message> stored) {
    return stored.map(m -> m.state().wireName());
  }

  private static Optional<String> reason(Message m) {
    if (!NOT_SENDING.contains(m.state())) {
      return Optional.empty();
    }
    return Optional.of(m.state().wireName() + m.detail().map(d -> ": " + d).orElse(""));
  }

  /** Why a run would not send to this customer now, if it would not. */
  private static Optional<String> eligibility(Store store, Customer c, Assignment a) {
    if (!c.consent().isSubscribed()) {
      return Optional.of("not subscribed: a run would leave the customer out");
    }
    Map<String, SuppressionReason> listed = store.suppressions().reasonsFor(List.of(c.id()));
    if (listed.containsKey(c.id())) {
      return Optional.of("suppressed: " + listed.get(c.id()).wireName());
    }
    if (!a.pilot()) {
      return Optional.of("outside the pilot: only a full run reaches the customer");
    }
    return Optional.empty();
  }
}
