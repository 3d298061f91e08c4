package dev.tailor.insights.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tailor.core.TailorException;
import dev.tailor.core.event.Event;
import dev.tailor.core.event.EventType;
import dev.tailor.insights.attribution.SentMessage;
import dev.tailor.insights.engagement.EmailHit;
import dev.tailor.insights.engagement.HitKind;
import dev.tailor.insights.report.CampaignReport;
import dev.tailor.insights.report.CampaignReporter;
import dev.tailor.insights.report.ReportInput;
import dev.tailor.insights.report.ReportSettings;
import dev.tailor.insights.roi.CampaignRoi.BuildTimes;
import dev.tailor.insights.roi.CampaignRoi.Incremental;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoiReporterTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z"); // a Monday
  private static final double Z = 1.959963984540054;

  /**
   * Four ai recipients and four in the holdout. a1 clicks and buys for 30 (attributed), a2 buys for
   * 10 without a click (in the window, not attributed), h1 buys for 20. Revenue per recipient: ai
   * (30, 10, 0, 0), mean 10, variance 200; holdout (20, 0, 0, 0), mean 5, variance 100.
   */
  private static CampaignReport spring() {
    List<SentMessage> messages = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      messages.add(new SentMessage("a" + i, "ca" + i, "spring", "ai", false, T0, List.of()));
      messages.add(new SentMessage("h" + i, "ch" + i, "spring", "holdout", true, T0, List.of()));
    }
    List<EmailHit> hits =
        List.of(
            new EmailHit(
                "k1",
                HitKind.CLICK,
                "a1",
                T0.plusSeconds(3600),
                Optional.of("Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Safari/605.1"),
                Optional.of("203.0.113.1"),
                Optional.empty(),
                Optional.empty()));
    List<Event> events =
        List.of(
            order("o1", "ca1", "30.00"), order("o2", "ca2", "10.00"), order("o3", "ch1", "20.00"));
    return new CampaignReporter(ReportSettings.DEFAULTS)
        .report(new ReportInput("spring", messages, hits, events, List.of(), 0));
  }

  private static Event order(String id, String customer, String price) {
    return Event.builder(id, EventType.ORDER_COMPLETED, T0.plus(Duration.ofDays(1)))
        .customerId(customer)
        .orderId(id)
        .productId("p1")
        .price(new BigDecimal(price))
        .build();
  }

  private static CampaignRoi springRoi() {
    return CampaignRoi.of(
        spring(),
        "Spring, picks",
        new BuildTimes(T0.minusSeconds(1800), T0, T0.plusSeconds(1800), 4));
  }

  private static CampaignRoi other(
      String id, Instant sent, double hours, long built, String revenue, Incremental inc) {
    Instant start = sent.minusSeconds((long) (hours * 3600));
    return new CampaignRoi(
        id,
        id,
        start,
        start,
        sent,
        built,
        built - 1,
        2,
        new BigDecimal(revenue),
        Optional.ofNullable(inc));
  }

  @Test
  void aCampaignsRoiComesFromItsReportAndItsBuildTimes() {
    CampaignReport report = spring();
    CampaignRoi c = springRoi();
    assertThat(c.delivered()).isEqualTo(4);
    assertThat(c.attributedOrders()).isEqualTo(1);
    assertThat(c.attributedRevenue()).isEqualByComparingTo("30.00");
    Incremental inc = c.incremental().orElseThrow();
    // 4 × (10 − 5) = 20, standard error 4 × sqrt(200/4 + 100/4) = 4 × sqrt(75)
    assertThat(inc.revenue()).isCloseTo(20, within(1e-9));
    assertThat(inc.revenue())
        .isCloseTo(report.againstHoldout().get(0).incrementalRevenue(), within(1e-9));
    assertThat(inc.standardError()).isCloseTo(4 * Math.sqrt(75), within(1e-9));

    RoiRow row = new RoiReporter(0.95).report(List.of(c), RoiReporter.By.CAMPAIGN).rows().get(0);
    assertThat(row.buildHours()).isCloseTo(1.0, within(1e-12));
    assertThat(row.emailsPerHour()).isCloseTo(4.0, within(1e-12));
    assertThat(row.attributedRevenuePerEmail()).isCloseTo(7.5, within(1e-12));
    assertThat(row.incrementalRevenue()).contains(20.0);
    assertThat(row.incrementalInterval().orElseThrow().low())
        .isCloseTo(20 - Z * 4 * Math.sqrt(75), within(1e-9));
    assertThat(row.incrementalInterval().orElseThrow().high())
        .isCloseTo(20 + Z * 4 * Math.sqrt(75), within(1e-9));
  }

  @Test
  void weeksAddRevenueAndVariancesAndLeaveCampaignsWithoutAHoldoutOutOfTheIncrement() {
    CampaignRoi autumn =
        other("autumn", T0.plus(Duration.ofDays(2)), 0.5, 6, "12.50", new Incremental(12, 5, 10));
    CampaignRoi summer = other("summer", T0.plus(Duration.ofDays(8)), 2, 10, "50", null);
    RoiReport r =
        new RoiReporter(0.95).report(List.of(summer, autumn, springRoi()), RoiReporter.By.WEEK);

    assertThat(r.by()).isEqualTo("week");
    assertThat(r.rows()).extracting(RoiRow::key).containsExactly("2026-03-02", "2026-03-09");
    RoiRow first = r.rows().get(0);
    assertThat(first.campaigns()).isEqualTo(2);
    assertThat(first.emailsBuilt()).isEqualTo(10);
    assertThat(first.emailsPerHour()).isCloseTo(10 / 1.5, within(1e-9));
    assertThat(first.attributedRevenue()).isEqualByComparingTo("42.50");
    assertThat(first.incrementalRevenue()).contains(32.0);
    // se = sqrt(16 × 75 + 25) = 35
    assertThat(first.incrementalInterval().orElseThrow().high())
        .isCloseTo(32 + Z * 35, within(1e-9));
    RoiRow second = r.rows().get(1);
    assertThat(second.campaignsWithHoldout()).isZero();
    assertThat(second.incrementalRevenue()).isEmpty();
    assertThat(second.incrementalInterval()).isEmpty();
    assertThat(r.total().campaigns()).isEqualTo(3);
    assertThat(r.total().emailsBuilt()).isEqualTo(20);
    assertThat(r.total().buildHours()).isCloseTo(3.5, within(1e-9));
    assertThat(r.total().attributedRevenue()).isEqualByComparingTo("92.50");
    assertThat(r.total().campaignsWithHoldout()).isEqualTo(2);
  }

  @Test
  void campaignRowsGoByFirstSendAndTheCsvQuotesNames() {
    CampaignRoi autumn =
        other("autumn", T0.plus(Duration.ofDays(2)), 0.5, 6, "12.50", new Incremental(12, 5, 10));
    RoiReport r =
        new RoiReporter(0.95).report(List.of(autumn, springRoi()), RoiReporter.By.CAMPAIGN);
    assertThat(r.rows()).extracting(RoiRow::key).containsExactly("spring", "autumn");

    String[] lines = RoiCsv.write(r).split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0])
        .isEqualTo(
            "campaign,label,campaigns,emails_built,build_hours,emails_per_hour,delivered,"
                + "attributed_orders,attributed_revenue,attributed_revenue_per_email,"
                + "campaigns_with_holdout,incremental_revenue,incremental_low,incremental_high");
    assertThat(lines[1])
        .startsWith("spring,\"Spring, picks\",1,4,1.0000,4.0000,4,1,30.00,7.5000,1,20.0000,");
    assertThat(lines[3]).startsWith("total,total,2,10,1.5000,");
  }

  @Test
  void anUnknownGroupingIsRefusedByName() {
    assertThat(RoiReporter.By.parse(" Week ")).isEqualTo(RoiReporter.By.WEEK);
    assertThatThrownBy(() -> RoiReporter.By.parse("month"))
        .isInstanceOf(TailorException.class)
        .hasMessageContaining("--by must be campaign or week, not 'month'");
  }
}
