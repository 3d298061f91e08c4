package dev.tailor.insights.alerts;

import dev.tailor.core.Ids;
import java.util.List;

/**
 * A campaign's rates per period, oldest first, the last period being the one checked.
 *
 * @param campaignId the campaign
 * @param clicks human clicks (never machine ones) out of delivered emails
 * @param conversions converting recipients out of recipients
 * @param bounces bounces out of emails sent
 * @param errors sending failures out of attempts
 */
public record CampaignSeries(
    String campaignId,
    List<RatePoint> clicks,
    List<RatePoint> conversions,
    List<RatePoint> bounces,
    List<RatePoint> errors) {
  public CampaignSeries {
    campaignId = Ids.require("campaign_id", campaignId);
    clicks = List.copyOf(clicks);
    conversions = List.copyOf(conversions);
    bounces = List.copyOf(bounces);
    errors = List.copyOf(errors);
  }
}
