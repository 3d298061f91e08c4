package dev.tailor.insights.report;

/**
 * How well one slot was filled across the campaign's emails.
 *
 * @param slot the slot
 * @param emails emails with this slot
 * @param filled emails in which it got every item it asked for
 * @param fillRate filled / emails
 * @param items items shown in it
 * @param fallbackItems items a fallback supplied
 * @param fallbackRate fallbackItems / items
 */
public record SlotFill(
    String slot,
    long emails,
    long filled,
    double fillRate,
    long items,
    long fallbackItems,
    double fallbackRate) {}
