package dev.tailor.insights.report;

import java.util.List;

/**
 * The numbers of one variant, or of the holdout.
 *
 * @param variant the variant's name
 * @param holdout true for the holdout group
 * @param recipients messages assigned to it
 * @param delivered emails sent and not bounced (0 for a holdout that gets no email)
 * @param bounced emails that bounced
 * @param bounceRate bounced / emails sent
 * @param unsubscribed recipients who unsubscribed from this email
 * @param unsubscribeRate unsubscribed / delivered
 * @param engagement opens and clicks
 * @param ctrBySlot recommendation click rate per slot
 * @param ctrByAlgorithm recommendation click rate per algorithm
 * @param outcomes orders, conversion and revenue
 */
public record VariantStats(
    String variant,
    boolean holdout,
    long recipients,
    long delivered,
    long bounced,
    double bounceRate,
    long unsubscribed,
    double unsubscribeRate,
    Engagement engagement,
    List<RateRow> ctrBySlot,
    List<RateRow> ctrByAlgorithm,
    Outcomes outcomes) {
  public VariantStats {
    ctrBySlot = List.copyOf(ctrBySlot);
    ctrByAlgorithm = List.copyOf(ctrByAlgorithm);
  }
}
