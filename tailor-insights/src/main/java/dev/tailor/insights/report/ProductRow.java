package dev.tailor.insights.report;

import java.math.BigDecimal;

/**
 * How one recommended product did across the campaign's delivered emails.
 *
 * @param productId the product
 * @param impressions times it was shown
 * @param clicks human clicks on it (each email once)
 * @param ctr clicks / impressions
 * @param orders attributed order lines that bought it after it was recommended
 * @param revenue their revenue
 * @param thumbsUp 👍 on it
 * @param thumbsDown 👎 on it
 */
public record ProductRow(
    String productId,
    long impressions,
    long clicks,
    double ctr,
    long orders,
    BigDecimal revenue,
    long thumbsUp,
    long thumbsDown) {}
