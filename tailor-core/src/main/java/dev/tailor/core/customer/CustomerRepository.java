package dev.tailor.core.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where customers live. Implementations: in-memory (tests), JDBC (SQLite, PostgreSQL). */
public interface CustomerRepository {

  /**
   * Inserts or replaces each customer by id, all in one transaction: either every customer of the
   * batch is stored or none is.
   */
  void upsertAll(Collection<Customer> customers);

  Optional<Customer> findById(String id);

  /** Customers in id order after {@code afterId} (exclusive; empty string for the first page). */
  List<Customer> page(String afterId, int limit);

  /** Streams every customer in id order without holding them all in memory. */
  void forEach(Consumer<Customer> sink);

  long count();

  /** Number of customers whose consent status is {@code status}. */
  long countByConsent(ConsentStatus status);
}
