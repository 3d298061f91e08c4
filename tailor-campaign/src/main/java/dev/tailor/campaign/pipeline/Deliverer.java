package dev.tailor.campaign.pipeline;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.core.campaign.Variant;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.event.Event;
import dev.tailor.core.mail.DeliveryResult;
import dev.tailor.core.mail.MailTransport;
import dev.tailor.core.mail.OutgoingEmail;
import dev.tailor.core.store.Store;
import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers one chunk of due messages in two committed steps, each one transaction of
 * compare-and-set updates: (1) decide and render every message, then claim them ({@code PLANNED |
 * RENDERED | DEFERRED → SENDING}, recording the subject, and the decision when it was made now):
 * only the claims that win are sent; (2) send through the transport and record the outcomes ({@code
 * SENDING → SENT | DEFERRED | FAILED}), putting hard bounces on the suppression list. A message
 * whose decision or render throws fails with the reason, or is deferred and tried again a bounded
 * number of times when the store failed ({@link RenderFailures}). A crash between (1) and (2)
 * leaves messages in {@code SENDING}: the transport may or may not have taken them, and {@code
 * resume} decides what to do.
 */
final class Deliverer {
  private final Store store;
  private final CampaignSetup setup;
  private final MailTransport transport;
  private final Throttle throttle;
  private final Clock clock;
  private final DeliveryReport report;

  Deliverer(
      Store store,
      CampaignSetup setup,
      MailTransport transport,
      Throttle throttle,
      Clock clock,
      DeliveryReport report) {
    this.store = store;
    this.setup = setup;
    this.transport = transport;
    this.throttle = throttle;
    this.clock = clock;
    this.report = report;
  }

  /**
   * A message to render and send.
   *
   * @param message its record as stored
   * @param customer the recipient, checked (subscribed, with an address, not suppressed)
   * @param decision the decision already made for it, or null to read the recorded one (or decide
   *     now)
   */
  record Due(Message message, Customer customer, Decision decision) {}

  /**
   * Delivers messages read back from the store: the suppression list and the customer's consent are
   * checked again (a customer suppressed or unsubscribed since planning {@code → SUPPRESSED}).
   */
  void deliver(List<Message> chunk) {
    Map<String, SuppressionReason> listed =
        store.suppressions().reasonsFor(chunk.stream().map(Message::customerId).toList());
    List<MessageUpdate> dropped = new ArrayList<>();
    List<Due> due = new ArrayList<>();
    for (Message m : chunk) {
      SuppressionReason reason = listed.get(m.customerId());
      Optional<Customer> customer = store.customers().findById(m.customerId());
      String stop =
          reason != null
              ? reason.wireName()
              : customer.isEmpty()
                  ? "customer_deleted"
                  : !customer.get().consent().isSubscribed()
                      ? "unsubscribed"
                      : customer.get().email().isEmpty() ? "no_email" : null;
      if (stop != null) {
        dropped.add(
            MessageUpdate.of(m.id(), m.state(), MessageState.SUPPRESSED, clock.instant())
                .withDetail(stop));
      } else {
        due.add(new Due(m, customer.get(), null));
      }
    }
    report.moved(MessageState.SUPPRESSED, store.messages().transition(dropped).size());
    renderAndSend(due);
  }

  /**
   * Delivers messages the planner has just stored, with the customers it checked moments ago and
   * the decisions it made: nothing is read back.
   */
  void deliverPlanned(List<Due> due) {
    renderAndSend(due);
  }

  private void renderAndSend(List<Due> due) {
    List<MessageUpdate> claims = new ArrayList<>();
    List<MessageUpdate> failed = new ArrayList<>();
    Map<String, Ready> ready = new HashMap<>();
    // Messages decided now (decide_at: send) read their customers' events and earlier sends in
    // one query each for the chunk.
    List<String> deciding =
        due.stream()
            .filter(d -> d.decision() == null && d.message().decision().isEmpty())
            .map(d -> d.customer().id())
            .toList();
    Map<String, List<Event>> history =
        deciding.isEmpty() ? Map.of() : ChunkReads.events(store, deciding);
    SentDecisions.Scope sends = ChunkReads.sends(setup, deciding, clock.instant());
    try {
      for (Due d : due) {
        renderOne(d, history, claims, failed, ready);
      }
    } finally {
      sends.close();
    }
    Set<String> moved = store.messages().transition(failed);
    for (MessageUpdate u : failed) {
      if (moved.contains(u.messageId())) {
        report.moved(u.next(), 1);
      }
    }
    send(store.messages().transition(claims), ready);
  }

  private void renderOne(
      Due d,
      Map<String, List<Event>> history,
      List<MessageUpdate> claims,
      List<MessageUpdate> failed,
      Map<String, Ready> ready) {
    Message m = d.message();
    try {
      Ready r = render(d, history);
      ready.put(m.id(), r);
      claims.add(
          new MessageUpdate(
              m.id(),
              m.state(),
              MessageState.SENDING,
              clock.instant(),
              m.decision().isPresent()
                  ? Optional.empty()
                  : Optional.of(r.email().metadata().get("decision")),
              Optional.of(r.email().subject()),
              Optional.empty(),
              Optional.empty()));
    } catch (RuntimeException e) {
      // Fails with the reason (status shows it), or waits for another try when the store
      // failed, a bounded number of times: never blocks the chunk, never retried forever.
      failed.add(RenderFailures.after(m, e, clock.instant()));
    }
  }

  private record Ready(Message message, OutgoingEmail email) {}

  private Ready render(Due due, Map<String, List<Event>> history) {
    Message m = due.message();
    Customer c = due.customer();
    Variant v =
        setup
            .arm(m.variant())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "variant " + m.variant() + " is not in the campaign"));
    Decision d =
        due.decision() != null
            ? due.decision()
            : m.decision().isPresent()
                ? DecisionJson.read(m.decision().get())
                : setup
                    .engine(v.name())
                    .decide(
                        c.id(),
                        c.firstName(),
                        history.containsKey(c.id())
                            ? history.get(c.id())
                            : store
                                .events()
                                .recentForCustomer(c.id(), Planner.EVENTS_PER_CUSTOMER));
    OutgoingEmail email = setup.composer().compose(Recipient.of(m, c, v, d));
    return new Ready(m, email);
  }

  private void send(Set<String> claimed, Map<String, Ready> ready) {
    List<MessageUpdate> outcomes = new ArrayList<>();
    List<Suppression> bounces = new ArrayList<>();
    RuntimeException broken = null;
    for (String id : claimed) {
      Ready r = ready.get(id);
      if (broken != null) {
        // Never handed to the transport: back to RENDERED, certainly not sent.
        outcomes.add(
            MessageUpdate.of(id, MessageState.SENDING, MessageState.RENDERED, clock.instant()));
        continue;
      }
      try {
        throttle.acquire();
      } catch (RuntimeException e) {
        broken = e;
        outcomes.add(
            MessageUpdate.of(id, MessageState.SENDING, MessageState.RENDERED, clock.instant()));
        continue;
      }
      DeliveryResult result;
      try {
        result = transport.send(r.email());
      } catch (RuntimeException e) {
        // The channel broke while this message was handed over: it stays SENDING (in doubt:
        // the server may have taken it) and the run stops after recording the others.
        broken = e;
        continue;
      }
      outcomes.add(outcome(id, result, r, bounces));
    }
    if (!bounces.isEmpty()) {
      store.suppressions().addAll(bounces);
    }
    Set<String> moved = store.messages().transition(outcomes);
    for (MessageUpdate u : outcomes) {
      if (moved.contains(u.messageId()) && u.next() != MessageState.RENDERED) {
        report.moved(u.next(), 1);
      }
    }
    if (broken != null) {
      throw broken;
    }
  }

  private MessageUpdate outcome(
      String id, DeliveryResult result, Ready r, List<Suppression> bounces) {
    var at = clock.instant();
    return switch (result.status()) {
      case SENT ->
          new MessageUpdate(
              id,
              MessageState.SENDING,
              MessageState.SENT,
              at,
              Optional.empty(),
              Optional.empty(),
              Optional.of(result.transportId()),
              Optional.of(result.detail()));
      case DEFERRED ->
          MessageUpdate.of(id, MessageState.SENDING, MessageState.DEFERRED, at)
              .withDetail("deferred: " + result.detail());
      case BOUNCED -> {
        bounces.add(
            new Suppression(
                r.message().customerId(),
                SuppressionReason.HARD_BOUNCE,
                at,
                "message " + id + ": " + result.detail()));
        yield MessageUpdate.of(id, MessageState.SENDING, MessageState.FAILED, at)
            .withDetail("hard bounce: " + result.detail());
      }
    };
  }
}
