package dev.tailor.web.dashboard;

import java.util.List;
import java.util.Map;

/**
 * What {@code tailor campaign plan} prints: who a campaign would reach, and with what.
 *
 * @param id the campaign key
 * @param considered customers looked at
 * @param recipients emails to be sent per variant ({@code holdout} for a generic holdout)
 * @param heldOut holdout customers who get no email
 * @param suppressed customers suppressed, by reason
 * @param excluded customers left out of the audience, by reason
 * @param fill per variant, each slot's fill rate in [0, 1]
 * @param notes what the planning said on the way (models loaded or trained)
 */
public record CampaignPlan(
    String id,
    long considered,
    Map<String, Long> recipients,
    long heldOut,
    Map<String, Long> suppressed,
    Map<String, Long> excluded,
    Map<String, Map<String, Double>> fill,
    List<String> notes) {
  public CampaignPlan {
    recipients = Map.copyOf(recipients);
    suppressed = Map.copyOf(suppressed);
    excluded = Map.copyOf(excluded);
    fill = Map.copyOf(fill);
    notes = List.copyOf(notes);
  }

  /** Every email to be sent. */
  public long totalRecipients() {
    return recipients.values().stream().mapToLong(Long::longValue).sum();
  }
}
