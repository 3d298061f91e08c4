package dev.tailor.insights.roi;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.stats.Interval;
import dev.tailor.insights.stats.Normal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Groups campaigns into the ROI report. Incremental revenue adds up over campaigns with a holdout,
 * and so do the variances of their estimates (independent audiences), for a normal interval.
 */
public final class RoiReporter {
  /** How rows are grouped. */
  public enum By {
    CAMPAIGN,
    WEEK;

    /** Reads {@code campaign} or {@code week}. */
    public static By parse(String value) {
      for (By b : values()) {
        if (b.name().equalsIgnoreCase(value.strip())) {
          return b;
        }
      }
      throw new TailorException(
          ErrorCode.BAD_INPUT, "--by must be campaign or week, not '" + value + "'");
    }
  }

  private final double confidence;

  public RoiReporter(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "confidence must lie in (0, 1), not " + confidence);
    }
    this.confidence = confidence;
  }

  public RoiReport report(List<CampaignRoi> campaigns, By by) {
    List<CampaignRoi> sorted =
        campaigns.stream()
            .sorted(
                Comparator.comparing(CampaignRoi::firstSent).thenComparing(CampaignRoi::campaignId))
            .toList();
    List<RoiRow> rows = new ArrayList<>();
    if (by == By.CAMPAIGN) {
      for (CampaignRoi c : sorted) {
        rows.add(row(c.campaignId(), c.name(), List.of(c)));
      }
    } else {
      Map<LocalDate, List<CampaignRoi>> weeks = new TreeMap<>();
      for (CampaignRoi c : sorted) {
        LocalDate monday =
            c.firstSent()
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        weeks.computeIfAbsent(monday, k -> new ArrayList<>()).add(c);
      }
      weeks.forEach((week, list) -> rows.add(row(week.toString(), week.toString(), list)));
    }
    return new RoiReport(
        by.name().toLowerCase(java.util.Locale.ROOT), rows, row("total", "total", sorted));
  }

  private RoiRow row(String key, String label, List<CampaignRoi> list) {
    long built = 0;
    long delivered = 0;
    long orders = 0;
    double hours = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    long withHoldout = 0;
    double incremental = 0;
    double variance = 0;
    for (CampaignRoi c : list) {
      built += c.emailsBuilt();
      delivered += c.delivered();
      orders += c.attributedOrders();
      revenue = revenue.add(c.attributedRevenue());
      hours += Duration.between(c.firstPlanned(), c.lastSent()).toMillis() / 3_600_000.0;
      if (c.incremental().isPresent()) {
        withHoldout++;
        incremental += c.incremental().get().revenue();
        variance += Math.pow(c.incremental().get().standardError(), 2);
      }
    }
    Optional<Double> inc = withHoldout == 0 ? Optional.empty() : Optional.of(incremental);
    Optional<Interval> interval = Optional.empty();
    if (withHoldout > 0) {
      double half = Normal.quantile(1 - (1 - confidence) / 2) * Math.sqrt(variance);
      interval = Optional.of(new Interval(incremental - half, incremental + half, confidence));
    }
    return new RoiRow(
        key,
        label,
        list.size(),
        built,
        hours,
        hours > 0 ? built / hours : 0,
        delivered,
        orders,
        revenue,
        delivered == 0
            ? 0
            : revenue.divide(BigDecimal.valueOf(delivered), 6, RoundingMode.HALF_UP).doubleValue(),
        withHoldout,
        inc,
        interval);
  }
}
