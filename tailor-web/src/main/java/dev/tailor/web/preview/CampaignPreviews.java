package dev.tailor.web.preview;

/**
 * What a campaign sends one subscriber, implemented by the application with the campaign's own
 * assignment, decision engines and composer. Failures are {@code TailorException}s: {@code
 * NOT_FOUND} for an unknown campaign or customer.
 */
public interface CampaignPreviews {
  /**
   * The stored message of ({@code campaignId}, {@code customerId}) rendered again from its recorded
   * decision and subject when it exists; else the assignment, decision and email a run would make
   * now.
   */
  EmailPreview preview(String campaignId, String customerId);
}
