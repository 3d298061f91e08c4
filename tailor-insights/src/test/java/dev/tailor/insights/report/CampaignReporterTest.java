package dev.tailor.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.attribution.RecommendedItem;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.attribution.SentSlot;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.engagement.HitKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A hand-made campaign whose every number is worked out in the comments. */
class CampaignReporterTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String SAFARI = "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Safari/605.1";
  private final List<EmailHit> hits = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private int ids;

  private final ReportSettings settings =
      new ReportSettings(
          WinnerMetric.CONVERSIONS,
          0.05,
          0.8,
          0.2,
          500,
          1,
          10,
          1,
          ReportSettings.DEFAULTS.attribution(),
          ReportSettings.DEFAULTS.machineTraffic());

  private List<SentMessage> campaign() {
    List<SentSlot> ai =
        List.of(
            new SentSlot(
                "similar",
                2,
                List.of(item("similar", "p1", "itemknn", 1), item("similar", "p2", "itemknn", 2))),
            new SentSlot(
                "trending",
                2,
                List.of(new RecommendedItem("trending", "p3", "trending", 1, true))));
    List<SentSlot> best =
        List.of(
            new SentSlot(
                "top",
                2,
                List.of(item("top", "p1", "popular", 1), item("top", "p4", "popular", 2))));
    return List.of(
        message("a1", "c1", "ai", false, ai),
        message("a2", "c2", "ai", false, ai),
        message("a3", "c3", "ai", false, ai),
        message("b1", "c4", "bestsellers", false, best),
        message("b2", "c5", "bestsellers", false, best),
        message("h1", "c6", "holdout", true, List.of()),
        message("h2", "c7", "holdout", true, List.of()),
        // another campaign's message to c1, touched earlier: must not take the order
        new SentMessage("x1", "c1", "winter", "ai", false, T0.minus(Duration.ofDays(1)), ai));
  }

  private ReportInput input() {
    // a1: Apple's proxy prefetch, then the person opens and clicks p2 twice
    hit(HitKind.OPEN, "a1", T0.plusSeconds(30), "Mozilla/5.0", "17.58.1.1", null, null);
    hit(HitKind.OPEN, "a1", T0.plusSeconds(3600), SAFARI, "203.0.113.1", null, null);
    hit(HitKind.CLICK, "a1", T0.plusSeconds(3660), SAFARI, "203.0.113.1", "similar", "p2");
    hit(HitKind.CLICK, "a1", T0.plusSeconds(3720), SAFARI, "203.0.113.1", "similar", "p2");
    // a2: only the proxy
    hit(HitKind.OPEN, "a2", T0.plusSeconds(45), "Mozilla/5.0", "17.58.1.2", null, null);
    // b1: a scanner follows three links within 200 ms
    Instant scan = T0.plus(Duration.ofHours(2));
    hit(HitKind.CLICK, "b1", scan, SAFARI, "198.51.100.7", "top", "p1");
    hit(HitKind.CLICK, "b1", scan.plusMillis(100), SAFARI, "198.51.100.7", "top", "p4");
    hit(HitKind.CLICK, "b1", scan.plusMillis(200), SAFARI, "198.51.100.7", "footer", null);
    // b2: a click without a recorded open
    hit(HitKind.CLICK, "b2", T0.plus(Duration.ofHours(3)), SAFARI, "203.0.113.5", "top", "p4");
    // x1 (other campaign) was clicked before a1
    hit(
        HitKind.CLICK,
        "x1",
        T0.minus(Duration.ofHours(20)),
        SAFARI,
        "203.0.113.1",
        "similar",
        "p2");

    order("o1", "c1", T0.plus(Duration.ofDays(1)), "p2", "30", "p9", "20");
    order("o2", "c5", T0.plus(Duration.ofDays(2)), "p4", "15");
    order("o3", "c6", T0.plus(Duration.ofDays(1)), "p1", "40");
    order("o4", "c4", T0.plus(Duration.ofDays(1)), "p1", "10");
    order("o5", "c7", T0.plus(Duration.ofDays(9)), "p1", "99");
    events.add(
        Event.builder("bounce", EventType.EMAIL_BOUNCED, T0)
            .customerId("c3")
            .messageId("a3")
            .build());
    events.add(
        Event.builder("unsub", EventType.EMAIL_UNSUBSCRIBED, T0.plus(Duration.ofHours(4)))
            .customerId("c5")
            .campaignId("spring")
            .build());
    List<Feedback> feedback =
        List.of(
            new Feedback("a1", Optional.of("p2"), true, T0.plusSeconds(3700)),
            new Feedback("a1", Optional.of("p1"), false, T0.plusSeconds(3800)),
            new Feedback("b2", Optional.empty(), true, T0.plusSeconds(4000)),
            new Feedback("x1", Optional.of("p1"), false, T0));
    return new ReportInput("spring", campaign(), hits, events, feedback, 20);
  }

  @Test
  void countsDeliveryEngagementAndOutcomesPerVariantWithMachinesApart() {
    CampaignReport r = new CampaignReporter(settings).report(input());

    assertThat(r.variants()).extracting(VariantStats::variant).containsExactly("ai", "bestsellers");
    VariantStats ai = r.variants().get(0);
    assertThat(ai.recipients()).isEqualTo(3);
    assertThat(ai.delivered()).isEqualTo(2);
    assertThat(ai.bounced()).isEqualTo(1);
    assertThat(ai.bounceRate()).isCloseTo(1.0 / 3, within(1e-12));
    Engagement e = ai.engagement();
    assertThat(e.humanOpeners()).isEqualTo(1);
    assertThat(e.machineOnlyOpeners()).isEqualTo(1);
    assertThat(e.machineOpens()).isEqualTo(2);
    assertThat(e.humanClickers()).isEqualTo(1);
    assertThat(e.humanClicks()).isEqualTo(2);
    assertThat(e.clickRate()).isEqualTo(0.5);
    assertThat(e.clickToOpen()).isEqualTo(1.0);
    // similar: 2 delivered emails x 2 items, p2 clicked once (twice by the same person)
    assertThat(ai.ctrBySlot())
        .containsExactly(
            new RateRow("similar", 4, 1, 0.25, new BigDecimal("30")),
            new RateRow("trending", 2, 0, 0, BigDecimal.ZERO));
    assertThat(ai.ctrByAlgorithm())
        .containsExactly(
            new RateRow("itemknn", 4, 1, 0.25, new BigDecimal("30")),
            new RateRow("trending", 2, 0, 0, BigDecimal.ZERO));
    // o1 (50, of which 30 recommended) goes to a1's click, not to x1's earlier click
    Outcomes o = ai.outcomes();
    assertThat(o.attributedOrders()).isEqualTo(1);
    assertThat(o.attributedRevenue()).isEqualByComparingTo("50");
    assertThat(o.recommendedRevenue()).isEqualByComparingTo("30");
    assertThat(o.converters()).isEqualTo(1);
    assertThat(o.conversionRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(o.revenuePerEmail()).isCloseTo(50.0 / 3, within(1e-12));

    VariantStats b = r.variants().get(1);
    assertThat(b.unsubscribed()).isEqualTo(1);
    assertThat(b.unsubscribeRate()).isEqualTo(0.5);
    assertThat(b.engagement().humanOpeners()).isEqualTo(1);
    assertThat(b.engagement().machineClicks()).isEqualTo(3);
    assertThat(b.engagement().humanClickers()).isEqualTo(1);
    // c4 bought without any human touch: an outcome, not an attribution
    assertThat(b.outcomes().attributedOrders()).isEqualTo(1);
    assertThat(b.outcomes().converters()).isEqualTo(2);
    assertThat(b.outcomes().revenuePerEmail()).isEqualTo(12.5);

    VariantStats h = r.holdout().orElseThrow();
    assertThat(h.holdout()).isTrue();
    assertThat(h.delivered()).isZero();
    // o5 falls after the 5-day outcome window
    assertThat(h.outcomes().converters()).isEqualTo(1);
    assertThat(h.outcomes().revenuePerEmail()).isEqualTo(20);
    assertThat(h.outcomes().attributedOrders()).isZero();
  }

  @Test
  void comparesEachVariantWithTheHoldoutAndRefusesAWinnerOnTooFewRecipients() {
    CampaignReport r = new CampaignReporter(settings).report(input());

    assertThat(r.againstHoldout()).hasSize(2);
    HoldoutComparison ai = r.againstHoldout().get(0);
    assertThat(ai.variant()).isEqualTo("ai");
    assertThat(ai.conversion().difference()).isCloseTo(1.0 / 3 - 0.5, within(1e-12));
    assertThat(ai.revenuePerEmail().difference()).isCloseTo(50.0 / 3 - 20, within(1e-12));
    assertThat(ai.incrementalRevenue()).isCloseTo(-10, within(1e-9));
    assertThat(ai.enoughData()).isFalse();
    assertThat(ai.significant()).isFalse();

    WinnerCall w = r.winner();
    assertThat(w.metric()).isEqualTo(WinnerMetric.CONVERSIONS);
    assertThat(w.winner()).isEmpty();
    assertThat(w.reason()).startsWith("not enough data: ai has 3 of the");
    assertThat(w.arms())
        .extracting(WinnerCall.ArmScore::variant)
        .containsExactly("ai", "bestsellers", "holdout");
  }

  @Test
  void theWeeklyReviewRanksProductsAndMeasuresFillDiversityAndFeedback() {
    WeeklyReview w = new CampaignReporter(settings).report(input()).review();

    assertThat(w.topProducts())
        .extracting(ProductRow::productId)
        .containsExactly("p2", "p4", "p1", "p3");
    assertThat(w.worstProducts())
        .extracting(ProductRow::productId)
        .containsExactly("p1", "p3", "p2", "p4");
    assertThat(w.topProducts().get(0))
        .isEqualTo(new ProductRow("p2", 2, 1, 0.5, 1, new BigDecimal("30"), 1, 0));
    assertThat(w.worstProducts().get(0).thumbsDown()).isEqualTo(1);
    assertThat(w.slots())
        .containsExactly(
            new SlotFill("similar", 3, 3, 1, 6, 0, 0),
            new SlotFill("top", 2, 2, 1, 4, 0, 0),
            new SlotFill("trending", 3, 0, 0, 3, 3, 1));
    Diversity d = w.diversity();
    // shown: p1 5 times, p2 3, p3 3, p4 2 (bounced emails were still decided)
    assertThat(d.recommendations()).isEqualTo(13);
    assertThat(d.distinctProducts()).isEqualTo(4);
    assertThat(d.coverage()).contains(0.2);
    assertThat(d.gini()).isCloseTo(9.0 / 52, within(1e-12));
    assertThat(d.topTenShare()).isEqualTo(1);
    assertThat(d.meanDistinctPerEmail()).isEqualTo(1);
    // x1 belongs to another campaign
    assertThat(w.thumbsUp()).isEqualTo(2);
    assertThat(w.thumbsDown()).isEqualTo(1);
  }

  @Test
  void feedbackIsCountedPerVariantOnTheWholeEmailAndPerSlot() {
    CampaignReport r = new CampaignReporter(settings).report(input());

    // a1 (ai): 👍 on p2 and 👎 on p1, both in "similar"; b2 (bestsellers): 👍 on the email
    assertThat(r.review().feedback())
        .containsExactly(
            new FeedbackRow("ai", "", 0, 0),
            new FeedbackRow("bestsellers", "", 1, 0),
            new FeedbackRow("ai", "similar", 1, 1));
    assertThat(ReportText.render(r))
        .contains("bestsellers    (whole email)               1 up      0 down")
        .contains("ai             similar                     1 up      1 down");
  }

  @Test
  void aClearDifferenceInClicksOnLargeGroupsIsCalledAndTheTextNamesIt() {
    CampaignReport r = clickCampaign(8000);

    assertThat(r.winner().winner()).contains("ai");
    assertThat(r.winner().arms()).extracting(WinnerCall.ArmScore::value).containsExactly(0.1, 0.05);
    assertThat(ReportText.render(r))
        .contains("Winner on clicks: ai")
        .contains("ai                  8000      8000");
  }

  @Test
  void theSameDifferenceBelowTheMinimumSampleSizeIsNotCalled() {
    // pooled click rate 7.5%, a 20% lift (1.5 points) at alpha 0.05, power 0.8: 5,279.8 each
    WinnerCall w = clickCampaign(4000).winner();
    assertThat(w.winner()).isEmpty();
    assertThat(w.minimumSampleSize()).isEqualTo(5280);
    assertThat(w.reason()).startsWith("not enough data: ai has 4000 of the");
  }

  private CampaignReport clickCampaign(int perVariant) {
    List<SentMessage> messages = new ArrayList<>();
    List<EmailHit> clicks = new ArrayList<>();
    for (int i = 0; i < perVariant; i++) {
      for (String v : List.of("ai", "bestsellers")) {
        String id = v + i;
        messages.add(message(id, "c" + id, v, false, List.of()));
        int every = v.equals("ai") ? 10 : 20;
        if (i % every == 0) {
          clicks.add(
              new EmailHit(
                  "k" + id,
                  HitKind.CLICK,
                  id,
                  T0.plusSeconds(7200),
                  Optional.of(SAFARI),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
        }
      }
    }
    return new CampaignReporter(settings.withMetric(WinnerMetric.CLICKS))
        .report(new ReportInput("spring", messages, clicks, List.of(), List.of(), 0));
  }

  @Test
  void aCampaignWithoutMessagesIsNotFound() {
    assertThatThrownBy(
            () ->
                new CampaignReporter(settings)
                    .report(
                        new ReportInput("nope", campaign(), List.of(), List.of(), List.of(), 0)))
        .isInstanceOf(TailorException.class)
        .hasMessage("campaign nope has no messages to report on");
  }

  @Test
  void theTextReportShowsEverySection() {
    String text = ReportText.render(new CampaignReporter(settings).report(input()));
    assertThat(text)
        .contains("Campaign spring")
        .contains("holdout*")
        .contains("ai slot similar")
        .contains("ai vs holdout: conversion")
        .contains("Winner on conversions: none (not enough data")
        .contains("slot trending     filled 0.00% of 3 emails, fallback 100.00% of 3 items")
        .contains("feedback: 2 up, 1 down");
  }

  private static RecommendedItem item(String slot, String product, String algorithm, int pos) {
    return new RecommendedItem(slot, product, algorithm, pos, false);
  }

  private static SentMessage message(
      String id, String customer, String variant, boolean holdout, List<SentSlot> slots) {
    return new SentMessage(id, customer, "spring", variant, holdout, T0, slots);
  }

  private void hit(
      HitKind kind,
      String message,
      Instant at,
      String agent,
      String ip,
      String slot,
      String product) {
    hits.add(
        new EmailHit(
            "h" + ids++,
            kind,
            message,
            at,
            Optional.of(agent),
            Optional.of(ip),
            Optional.ofNullable(slot),
            Optional.ofNullable(product)));
  }

  private void order(String id, String customer, Instant at, String... productPrice) {
    for (int i = 0; i < productPrice.length; i += 2) {
      events.add(
          Event.builder(id + "-" + i, EventType.ORDER_COMPLETED, at)
              .customerId(customer)
              .orderId(id)
              .productId(productPrice[i])
              .price(new BigDecimal(productPrice[i + 1]))
              .build());
    }
  }
}
