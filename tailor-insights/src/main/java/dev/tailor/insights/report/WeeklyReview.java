package dev.tailor.insights.report;

import java.util.List;

/**
 * What to look at once a week: which recommendations worked, how slots filled, how varied the picks
 * were, and what recipients said.
 *
 * @param topProducts the products with the highest click rate (with at least the minimum
 *     impressions)
 * @param worstProducts those with the lowest
 * @param slots fill and fallback rates per slot
 * @param diversity diversity and coverage of what was recommended
 * @param thumbsUp 👍 given
 * @param thumbsDown 👎 given
 * @param feedback 👍 / 👎 per variant, on the whole email and per slot
 */
public record WeeklyReview(
    List<ProductRow> topProducts,
    List<ProductRow> worstProducts,
    List<SlotFill> slots,
    Diversity diversity,
    long thumbsUp,
    long thumbsDown,
    List<FeedbackRow> feedback) {
  public WeeklyReview {
    topProducts = List.copyOf(topProducts);
    worstProducts = List.copyOf(worstProducts);
    slots = List.copyOf(slots);
    feedback = List.copyOf(feedback);
  }
}
