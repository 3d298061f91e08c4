package dev.tailor.app.campaign;

import dev.tailor.campaign.pipeline.DecisionJson;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.decision.Decision;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.core.store.Store;
import dev.tailor.core.tracking.TrackingHit;
import dev.tailor.insights.attribution.AttributionPolicy;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.attribution.SentSlot;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.report.Feedback;
import dev.tailor.insights.report.ReportInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a campaign report needs from the store: the campaign's sent, failed and held-out
 * messages with their decisions, the events from the first send to the end of the longest window
 * after the last one, what the tracking endpoints saw of each open and click (user agent, network,
 * privacy proxy), and the 👍 / 👎 given on the campaign's emails.
 */
public final class CampaignReportLoader {
  private static final int PAGE = 2000;
  private static final Instant FOREVER = Instant.parse("9999-12-31T00:00:00Z");
  private static final Set<EventType> WANTED =
      EnumSet.of(
          EventType.EMAIL_OPENED,
          EventType.EMAIL_CLICKED,
          EventType.EMAIL_BOUNCED,
          EventType.EMAIL_UNSUBSCRIBED,
          EventType.EMAIL_FEEDBACK_POSITIVE,
          EventType.EMAIL_FEEDBACK_NEGATIVE,
          EventType.ORDER_COMPLETED);

  private CampaignReportLoader() {}

  public static ReportInput load(Store store, String campaignId, AttributionPolicy policy) {
    List<SentMessage> messages = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Instant first = FOREVER;
    Instant last = Instant.EPOCH;
    String after = "";
    while (true) {
      List<Message> page =
          store
              .messages()
              .page(
                  campaignId,
                  EnumSet.of(MessageState.SENT, MessageState.FAILED, MessageState.HELD_OUT),
                  FOREVER,
                  after,
                  PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (Message m : page) {
        SentMessage s = sent(m);
        messages.add(s);
        ids.add(s.messageId());
        first = s.sentAt().isBefore(first) ? s.sentAt() : first;
        last = s.sentAt().isAfter(last) ? s.sentAt() : last;
        if (m.state() == MessageState.FAILED) {
          // refused for good by the transport (a hard bounce) or never built: counted as bounced
          events.add(
              Event.builder("failed:" + m.id(), EventType.EMAIL_BOUNCED, s.sentAt())
                  .customerId(m.customerId())
                  .campaignId(campaignId)
                  .messageId(m.id())
                  .build());
        }
      }
      after = page.get(page.size() - 1).id();
    }
    if (messages.isEmpty()) {
      throw new TailorException(
          ErrorCode.NOT_FOUND,
          "campaign " + campaignId + " has no sent or held-out messages yet: run it first");
    }
    Duration longest = max(policy.clickWindow(), policy.outcomeWindow());
    Instant to = last.plus(longest).plusMillis(1);
    Map<String, TrackingHit> seen = new HashMap<>();
    store.trackingHits().scan(first, to, h -> seen.put(h.eventId(), h));
    List<EmailHit> hits = new ArrayList<>();
    List<Feedback> feedback = new ArrayList<>();
    store
        .events()
        .scan(
            first,
            to,
            e -> {
              if (!WANTED.contains(e.type())) {
                return;
              }
              boolean mine = e.messageId().filter(ids::contains).isPresent();
              switch (e.type()) {
                case EMAIL_OPENED, EMAIL_CLICKED -> {
                  if (mine) {
                    hits.add(EmailHit.fromEvent(e, Optional.ofNullable(seen.get(e.eventId()))));
                  }
                }
                case EMAIL_FEEDBACK_POSITIVE, EMAIL_FEEDBACK_NEGATIVE -> {
                  if (mine) {
                    feedback.add(
                        new Feedback(
                            e.messageId().orElseThrow(),
                            e.productId(),
                            e.type() == EventType.EMAIL_FEEDBACK_POSITIVE,
                            e.timestamp()));
                  }
                }
                default -> events.add(e);
              }
            });
    return new ReportInput(campaignId, messages, hits, events, feedback, store.products().count());
  }

  private static SentMessage sent(Message m) {
    List<SentSlot> slots =
        m.decision()
            .map(DecisionJson::read)
            .map(Decision::slots)
            .map(list -> list.stream().map(SentSlot::of).toList())
            .orElse(List.of());
    Instant at = m.sentAt().orElse(m.holdout() ? m.sendAt() : m.updatedAt());
    return new SentMessage(
        m.id(), m.customerId(), m.campaignId(), m.variant(), m.holdout(), at, slots);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
