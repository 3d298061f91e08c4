package dev.tailor.insights.report;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.attribution.SentSlot;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.engagement.HitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A seeded campaign with a known truth: one variant ({@code ai}) and a holdout, each recipient
 * converting with the arm's probability within the outcome window; order values log-normal (median
 * 55, mean 75.9). Half of the variant's recipients use Apple Mail with privacy protection (a proxy
 * open at delivery); people open, click and buy after clicking at fixed rates.
 */
final class SyntheticCampaign {
  static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
  static final String SAFARI = "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Safari/605.1";

  /** exp(4 + 0.8² / 2): the true mean order value. */
  static final double MEAN_ORDER = Math.exp(4 + 0.32);

  final List<SentMessage> messages = new ArrayList<>();
  final List<EmailHit> hits = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  long applePrefetches;
  long humanOpenersInVariant;

  SyntheticCampaign(int perArm, double variantConversion, double holdoutConversion, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < perArm; i++) {
      recipient(r, "ai" + i, false, variantConversion);
      recipient(r, "h" + i, true, holdoutConversion);
    }
  }

  ReportInput input() {
    return new ReportInput("spring", messages, hits, events, List.of(), 500);
  }

  private void recipient(SplittableRandom r, String id, boolean holdout, double conversion) {
    String customer = "c-" + id;
    List<SentSlot> slots =
        holdout
            ? List.of()
            : List.of(new SentSlot("grid", 3, List.of(item(r, 1), item(r, 2), item(r, 3))));
    SentMessage m =
        new SentMessage(id, customer, "spring", holdout ? "holdout" : "ai", holdout, SENT, slots);
    messages.add(m);
    boolean clicked = false;
    if (!holdout) {
      if (r.nextDouble() < 0.5) {
        applePrefetches++;
        hit(
            HitKind.OPEN,
            id,
            SENT.plusSeconds(1 + r.nextInt(60)),
            "Mozilla/5.0",
            "17.58.0.1",
            null);
      }
      if (r.nextDouble() < 0.25) {
        humanOpenersInVariant++;
        Instant open = SENT.plusSeconds(600 + r.nextInt(86_400));
        hit(HitKind.OPEN, id, open, SAFARI, "203.0.113.1", null);
        if (r.nextDouble() < 0.2) {
          clicked = true;
          hit(
              HitKind.CLICK,
              id,
              open.plusSeconds(20),
              SAFARI,
              "203.0.113.1",
              slots.get(0).items().get(0));
        }
      }
    }
    if (r.nextDouble() < conversion) {
      // within the 5-day outcome window
      Instant at = SENT.plusSeconds(3600 + r.nextInt(4 * 86_400));
      double value = Math.exp(4 + 0.8 * r.nextGaussian());
      events.add(
          Event.builder("o-" + id, EventType.ORDER_COMPLETED, at)
              .customerId(customer)
              .orderId("o-" + id)
              .productId(clicked ? slots.get(0).items().get(0).productId() : "other")
              .price(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP))
              .build());
    }
  }

  private static RecommendedItem item(SplittableRandom r, int position) {
    return new RecommendedItem("grid", "p" + r.nextInt(200), "itemknn", position, false);
  }

  private void hit(HitKind kind, String message, Instant at, String agent, String ip, Object item) {
    Optional<String> product =
        item == null ? Optional.empty() : Optional.of(((RecommendedItem) item).productId());
    hits.add(
        new EmailHit(
            "e" + hits.size(),
            kind,
            message,
            at,
            Optional.of(agent),
            Optional.of(ip),
            item == null ? Optional.empty() : Optional.of("grid"),
            product));
  }
}
