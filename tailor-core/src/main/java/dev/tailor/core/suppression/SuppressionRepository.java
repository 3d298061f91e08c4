package dev.tailor.core.suppression;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The suppression list, one entry per customer: the first reason recorded is kept. Implementations:
 * in-memory (tests), JDBC (SQLite, PostgreSQL).
 */
public interface SuppressionRepository {
  /** Adds the customers not on the list yet, in one transaction; returns how many were new. */
  int addAll(Collection<Suppression> suppressions);

  Optional<Suppression> find(String customerId);

  /** The reasons of those of {@code customerIds} that are on the list. */
  Map<String, SuppressionReason> reasonsFor(Collection<String> customerIds);

  /** Entries per reason (reasons without entries are absent). */
  Map<SuppressionReason, Long> countByReason();

  long count();
}
