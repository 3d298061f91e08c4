package dev.tailor.insights.report;

import dev.tailor.insights.stats.Interval;
import java.math.BigDecimal;

/**
 * Orders of one variant.
 *
 * @param attributedOrders orders credited to this variant's emails (last click / open)
 * @param attributedRevenue their revenue
 * @param recommendedRevenue the part of it from products the email recommended
 * @param converters recipients who ordered within the outcome window after the send
 * @param conversionRate converters / recipients
 * @param conversionInterval the Wilson 95% interval of the conversion rate
 * @param windowRevenue revenue of all orders within the outcome window
 * @param revenuePerEmail windowRevenue / recipients
 */
public record Outcomes(
    long attributedOrders,
    BigDecimal attributedRevenue,
    BigDecimal recommendedRevenue,
    long converters,
    double conversionRate,
    Interval conversionInterval,
    BigDecimal windowRevenue,
    double revenuePerEmail) {}
