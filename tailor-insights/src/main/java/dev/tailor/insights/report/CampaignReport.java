package dev.tailor.insights.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured about one campaign.
 *
 * @param campaignId the campaign
 * @param settings how it was computed
 * @param variants each variant's numbers, in the order they first appear
 * @param holdout the holdout group's numbers, if it has one
 * @param againstHoldout each variant against the holdout (empty without a holdout of two or more)
 * @param winner the winner call
 * @param review the weekly review numbers
 */
public record CampaignReport(
    String campaignId,
    ReportSettings settings,
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
