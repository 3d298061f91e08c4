package dev.tailor.sim.behaviour;

/**
 * One send of the weekly newsletter.
 *
 * @param number position in the schedule, 1-based
 * @param id the campaign id, e.g. {@code newsletter-2026-10-01}
 * @param sendTime when sending starts (epoch seconds)
 * @param featured catalog indexes of the products the newsletter shows
 */
public record Campaign(int number, String id, long sendTime, int[] featured) {

  /**
   * The message id of this campaign's email to {@code customerId}: {@code M}, the customer's number
   * and the campaign's, e.g. {@code M0000042-7}.
   */
  public String messageId(String customerId) {
    return "M" + customerId.substring(1) + "-" + number;
  }
}
