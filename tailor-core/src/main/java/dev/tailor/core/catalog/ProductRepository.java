package dev.tailor.core.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the catalog lives. Implementations: in-memory (tests), JDBC (SQLite, PostgreSQL). */
public interface ProductRepository {

  /** Inserts or replaces each product by id, all in one transaction. */
  void upsertAll(Collection<Product> products);

  Optional<Product> findById(String id);

  /** The products among {@code ids} that exist, in no particular order. */
  List<Product> findAllById(Collection<String> ids);

  /** Products in id order after {@code afterId} (exclusive; empty string for the first page). */
  List<Product> page(String afterId, int limit);

  /** Streams every product in id order without holding them all in memory. */
  void forEach(Consumer<Product> sink);

  long count();

  CatalogHealth health();
}
