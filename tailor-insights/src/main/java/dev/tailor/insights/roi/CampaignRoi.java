package dev.tailor.insights.roi;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.insights.report.CampaignReport;
import dev.tailor.insights.report.HoldoutComparison;
import dev.tailor.insights.report.VariantStats;
import dev.tailor.insights.stats.SampleSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one campaign earned and how fast its emails were built.
 *
 * @param campaignId the campaign
 * @param name its name
 * @param firstPlanned when its first message was planned (the build starts)
 * @param firstSent when its first email was sent
 * @param lastSent when its last email was sent (the build ends)
 * @param emailsBuilt emails built and handed to the transport
 * @param delivered emails sent and not bounced
 * @param attributedOrders orders credited to its emails
 * @param attributedRevenue their revenue
 * @param incremental revenue over the holdout, when the campaign has one
 */
public record CampaignRoi(
    String campaignId,
    String name,
    Instant firstPlanned,
    Instant firstSent,
    Instant lastSent,
    long emailsBuilt,
    long delivered,
    long attributedOrders,
    BigDecimal attributedRevenue,
    Optional<Incremental> incremental) {
  public CampaignRoi {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(attributedRevenue, "attributedRevenue");
    Objects.requireNonNull(incremental, "incremental");
    if (lastSent.isBefore(firstPlanned) || firstSent.isBefore(firstPlanned)) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "campaign " + campaignId + ": a send is earlier than the first planned message");
    }
  }

  /**
   * Revenue over the holdout: (mean revenue per recipient of every variant together − the
   * holdout's) × the variants' recipients, with its standard error (normal approximation).
   *
   * @param revenue the incremental revenue
   * @param standardError its standard error
   * @param recipients the variants' recipients it is counted over
   */
  public record Incremental(double revenue, double standardError, long recipients) {}

  /**
   * The campaign's numbers from its report and the times of its messages.
   *
   * @param build when the build started and ended, and how many emails it built
   */
  public static CampaignRoi of(CampaignReport report, String name, BuildTimes build) {
    long delivered = 0;
    long orders = 0;
    BigDecimal revenue = BigDecimal.ZERO;
    for (VariantStats v : report.variants()) {
      delivered += v.delivered();
      orders += v.outcomes().attributedOrders();
      revenue = revenue.add(v.outcomes().attributedRevenue());
    }
    return new CampaignRoi(
        report.campaignId(),
        name,
        build.firstPlanned(),
        build.firstSent(),
        build.lastSent(),
        build.emailsBuilt(),
        delivered,
        orders,
        revenue,
        incremental(report.againstHoldout()));
  }

  /**
   * When a campaign's build ran.
   *
   * @param firstPlanned the first message's creation
   * @param firstSent the first send
   * @param lastSent the last send
   * @param emailsBuilt how many emails were built and sent
   */
  public record BuildTimes(
      Instant firstPlanned, Instant firstSent, Instant lastSent, long emailsBuilt) {}

  /** Pools the variants against the shared holdout; empty without a holdout comparison. */
  static Optional<Incremental> incremental(List<HoldoutComparison> comparisons) {
    if (comparisons.isEmpty()) {
      return Optional.empty();
    }
    SampleSummary control = comparisons.get(0).revenuePerEmail().control();
    long n = 0;
    double sum = 0;
    for (HoldoutComparison c : comparisons) {
      SampleSummary t = c.revenuePerEmail().treatment();
      n += t.n();
      sum += t.n() * t.mean();
    }
    if (n < 2 || control.n() < 2) {
      return Optional.empty();
    }
    double mean = sum / n;
    double squares = 0;
    for (HoldoutComparison c : comparisons) {
      SampleSummary t = c.revenuePerEmail().treatment();
      squares += (t.n() - 1) * t.variance() + t.n() * (t.mean() - mean) * (t.mean() - mean);
    }
    double variance = squares / (n - 1);
    double se = Math.sqrt(variance / n + control.variance() / control.n());
    return Optional.of(new Incremental(n * (mean - control.mean()), n * se, n));
  }
}
