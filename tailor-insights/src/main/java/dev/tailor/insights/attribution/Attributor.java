package dev.tailor.insights.attribution;

import dev.tailor.insights.engagement.ClassifiedHit;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.engagement.HitKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Credits orders to emails by the last human click, else the last human open. */
public final class Attributor {
  private final AttributionPolicy policy;

  public Attributor(AttributionPolicy policy) {
    this.policy = policy;
  }

  public AttributionPolicy policy() {
    return policy;
  }

  /**
   * Attributes each order to at most one email. Machine opens and clicks are ignored, and so are
   * hits of messages not in {@code messages}. An order is credited to the latest human click at or
   * before it within the click window; failing one, to the latest human open within the open
   * window; failing that, to none (and is left out of the result).
   */
  public List<Attribution> attribute(
      Collection<SentMessage> messages, Collection<ClassifiedHit> hits, Collection<Order> orders) {
    Map<String, SentMessage> byId = new HashMap<>();
    for (SentMessage m : messages) {
      byId.put(m.messageId(), m);
    }
    Map<String, List<EmailHit>> clicks = new HashMap<>();
    Map<String, List<EmailHit>> opens = new HashMap<>();
    for (ClassifiedHit c : hits) {
      SentMessage m = byId.get(c.hit().messageId());
      if (m == null || !c.human()) {
        continue;
      }
      (c.hit().kind() == HitKind.CLICK ? clicks : opens)
          .computeIfAbsent(m.customerId(), k -> new ArrayList<>())
          .add(c.hit());
    }
    List<Attribution> out = new ArrayList<>();
    for (Order o : orders) {
      Optional<EmailHit> click = latest(clicks.get(o.customerId()), o.at(), policy.clickWindow());
      Optional<EmailHit> touch =
          click.isPresent()
              ? click
              : latest(opens.get(o.customerId()), o.at(), policy.openWindow());
      if (touch.isPresent()) {
        SentMessage m = byId.get(touch.get().messageId());
        Touch kind = touch.get().kind() == HitKind.CLICK ? Touch.CLICK : Touch.OPEN;
        out.add(new Attribution(o, m, kind, touch.get().at(), lines(o, m)));
      }
    }
    return out;
  }

  /**
   * Each message's outcome: the recipient's orders from the send up to the outcome window after it,
   * whatever they clicked or opened. The same rule applies to variants and the holdout.
   */
  public List<RecipientOutcome> outcomes(
      Collection<SentMessage> messages, Collection<Order> orders) {
    Map<String, List<Order>> byCustomer = new HashMap<>();
    for (Order o : orders) {
      byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o);
    }
    List<RecipientOutcome> out = new ArrayList<>(messages.size());
    for (SentMessage m : messages) {
      int count = 0;
      BigDecimal revenue = BigDecimal.ZERO;
      Instant end = m.sentAt().plus(policy.outcomeWindow());
      for (Order o : byCustomer.getOrDefault(m.customerId(), List.of())) {
        if (!o.at().isBefore(m.sentAt()) && !o.at().isAfter(end)) {
          count++;
          revenue = revenue.add(o.revenue());
        }
      }
      out.add(new RecipientOutcome(m, count, revenue));
    }
    return out;
  }

  private static Optional<EmailHit> latest(List<EmailHit> hits, Instant at, Duration window) {
    if (hits == null) {
      return Optional.empty();
    }
    Instant earliest = at.minus(window);
    return hits.stream()
        .filter(h -> !h.at().isAfter(at) && !h.at().isBefore(earliest))
        .max(Comparator.comparing(EmailHit::at).thenComparing(EmailHit::eventId));
  }

  private static List<AttributedLine> lines(Order o, SentMessage m) {
    List<AttributedLine> lines = new ArrayList<>(o.lines().size());
    for (OrderLine l : o.lines()) {
      lines.add(new AttributedLine(l, l.productId().flatMap(m::find)));
    }
    return lines;
  }
}
