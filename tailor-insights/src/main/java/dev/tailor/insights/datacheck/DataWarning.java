package dev.tailor.insights.datacheck;

/**
 * Something a marketer should know before trusting personalized picks.
 *
 * @param code a stable machine-readable code, e.g. {@code short-history}
 * @param message what is wrong and what it means, in plain words
 */
public record DataWarning(String code, String message) {}
