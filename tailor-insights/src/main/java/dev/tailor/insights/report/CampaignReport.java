package dev.tailor.insights.report;

import dev.tailor.insights.attribution.AttributionPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Everything measured about one campaign.
 *
 * @param campaignId the campaign
 * @param alpha the significance level the comparisons and the winner call used
 * @param attribution the attribution and outcome windows used
 * @param variants each variant's numbers, in the order they first appear
 * @param holdout the holdout group's numbers, if it has one
 * @param againstHoldout each variant against the holdout (empty without a holdout of two or more)
 * @param winner the winner call
 * @param review the weekly review numbers
 */
public record CampaignReport(
    String campaignId,
    double alpha,
    AttributionPolicy attribution,
    List<VariantStats> variants,
    Optional<VariantStats> holdout,
    List<HoldoutComparison> againstHoldout,
    WinnerCall winner,
    WeeklyReview review) {
  public CampaignReport {
    variants = List.copyOf(variants);
    againstHoldout = List.copyOf(againstHoldout);
  }
}
