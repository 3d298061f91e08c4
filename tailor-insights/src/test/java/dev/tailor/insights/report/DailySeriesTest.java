package dev.tailor.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.alerts.Alert;
import dev.tailor.insights.alerts.CampaignMonitor;
import dev.tailor.insights.alerts.CampaignSeries;
import dev.tailor.insights.alerts.EwmaSettings;
import dev.tailor.insights.alerts.RatePoint;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.engagement.HitKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Six days of a daily-sent campaign whose last day goes wrong. */
class DailySeriesTest {
  private static final Instant DAY0 = Instant.parse("2026-03-02T00:00:00Z");
  private final List<SentMessage> messages = new ArrayList<>();
  private final List<EmailHit> hits = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  DailySeriesTest() {
    for (int day = 0; day < 6; day++) {
      boolean bad = day == 5;
      for (int i = 0; i < 1000; i++) {
        String id = "m" + day + "-" + i;
        Instant sent = DAY0.plus(Duration.ofDays(day)).plusSeconds(9 * 3600 + i);
        messages.add(new SentMessage(id, "c" + id, "daily", "ai", false, sent, List.of()));
        if (i < (bad ? 20 : 50)) {
          hits.add(
              new EmailHit(
                  "k" + id,
                  HitKind.CLICK,
                  id,
                  sent.plusSeconds(3600),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()));
        }
        if (i >= 990 - (bad ? 50 : 0)) {
          events.add(
              Event.builder("b" + id, EventType.EMAIL_BOUNCED, sent)
                  .customerId("c" + id)
                  .messageId(id)
                  .build());
        }
        if (i % 50 == 7) {
          events.add(
              Event.builder("o" + id, EventType.ORDER_COMPLETED, sent.plus(Duration.ofDays(1)))
                  .customerId("c" + id)
                  .price(BigDecimal.TEN)
                  .build());
        }
      }
    }
    // another campaign's and the holdout's messages stay out
    messages.add(new SentMessage("x", "cx", "other", "ai", false, DAY0, List.of()));
    messages.add(new SentMessage("h", "ch", "daily", "holdout", true, DAY0, List.of()));
  }

  @Test
  void buildsDailyRatesOnlyForDaysWhoseWindowsHaveClosed() {
    ReportInput in = new ReportInput("daily", messages, hits, events, List.of(), 0);
    Instant late = DAY0.plus(Duration.ofDays(20));

    CampaignSeries s = DailySeries.of(in, ReportSettings.DEFAULTS, late);

    assertThat(s.clicks()).hasSize(6);
    // day 0: 10 bounced of 1000, 50 of the 990 delivered clicked; 20 orders
    assertThat(s.clicks().get(0)).isEqualTo(new RatePoint(DAY0, 990, 50));
    assertThat(s.bounces().get(0)).isEqualTo(new RatePoint(DAY0, 1000, 10));
    assertThat(s.conversions().get(0)).isEqualTo(new RatePoint(DAY0, 1000, 20));
    assertThat(s.bounces().get(5).successes()).isEqualTo(60);

    // at noon on day 6 only day 0 has seen its whole 5-day window (it closed on day 6, 00:00)
    CampaignSeries early =
        DailySeries.of(in, ReportSettings.DEFAULTS, DAY0.plus(Duration.ofHours(6 * 24 + 12)));
    assertThat(early.clicks()).hasSize(1);
    assertThat(early.conversions()).hasSize(1);
    assertThat(early.bounces()).hasSize(6);
  }

  @Test
  void theMonitorCallsTheDropAndTheSpikeOfTheLastDay() {
    ReportInput in = new ReportInput("daily", messages, hits, events, List.of(), 0);
    CampaignSeries s = DailySeries.of(in, ReportSettings.DEFAULTS, DAY0.plus(Duration.ofDays(20)));
    List<Alert> alerts =
        new CampaignMonitor(EwmaSettings.DEFAULTS).check(s, DAY0.plus(Duration.ofDays(20)));
    assertThat(alerts).extracting(Alert::code).containsExactly("ctr-drop", "bounce-spike");
  }
}
