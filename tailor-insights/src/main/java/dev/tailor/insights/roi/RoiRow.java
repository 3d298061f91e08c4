package dev.tailor.insights.roi;

import dev.tailor.insights.stats.Interval;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of the ROI report: a campaign, a week, or the total.
 *
 * @param key the campaign id, the week's Monday ({@code 2026-11-23}), or {@code total}
 * @param label the campaign's name, or the same as the key
 * @param campaigns campaigns counted
 * @param emailsBuilt emails built and sent
 * @param buildHours hours from the first planned message to the last send, summed over campaigns
 * @param emailsPerHour emailsBuilt / buildHours (0 when no time passed)
 * @param delivered emails sent and not bounced
 * @param attributedOrders orders credited to the emails
 * @param attributedRevenue their revenue
 * @param attributedRevenuePerEmail attributedRevenue / delivered
 * @param campaignsWithHoldout campaigns with a holdout, the only ones with incremental revenue
 * @param incrementalRevenue revenue over the holdout, summed over those campaigns
 * @param incrementalInterval its normal-approximation interval (campaigns independent)
 */
public record RoiRow(
    String key,
    String label,
    long campaigns,
    long emailsBuilt,
    double buildHours,
    double emailsPerHour,
    long delivered,
    long attributedOrders,
    BigDecimal attributedRevenue,
    double attributedRevenuePerEmail,
    long campaignsWithHoldout,
    Optional<Double> incrementalRevenue,
    Optional<Interval> incrementalInterval) {}
