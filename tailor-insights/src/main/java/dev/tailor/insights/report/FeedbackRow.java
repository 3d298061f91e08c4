package dev.tailor.insights.report;

/**
 * 👍 and 👎 given on one variant's emails, on the whole email or on the products of one slot.
 *
 * @param variant the variant
 * @param slot the slot whose products were judged; empty for feedback on the whole email
 * @param up 👍 given
 * @param down 👎 given
 */
public record FeedbackRow(String variant, String slot, long up, long down) {}
