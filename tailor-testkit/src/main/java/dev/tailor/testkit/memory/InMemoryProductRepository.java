package dev.tailor.testkit.memory;

import dev.tailor.core.catalog.CatalogHealth;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.catalog.ProductRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Products in a sorted map. Thread-safe; sinks run outside the lock. */
public final class InMemoryProductRepository implements ProductRepository {
  private final TreeMap<String, Product> byId = new TreeMap<>(Batches.ID_ORDER);

  @Override
  public void upsertAll(Collection<Product> products) {
    List<Product> batch = Batches.elements("products", products);
    synchronized (this) {
      batch.forEach(p -> byId.put(p.id(), p));
    }
  }

  @Override
  public synchronized Optional<Product> findById(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Product> findAllById(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    return ids.stream()
        .filter(Objects::nonNull)
        .distinct()
        .map(byId::get)
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
  public synchronized List<Product> page(String afterId, int limit) {
    int n = Batches.limit(limit);
    return byId.tailMap(Objects.requireNonNullElse(afterId, ""), false).values().stream()
        .limit(n)
        .toList();
  }

  @Override
  public void forEach(Consumer<Product> sink) {
    List<Product> snapshot;
    synchronized (this) {
      snapshot = new ArrayList<>(byId.values());
    }
    snapshot.forEach(sink);
  }

  @Override
  public synchronized long count() {
    return byId.size();
  }

  @Override
  public synchronized CatalogHealth health() {
    return new CatalogHealth(
        byId.size(),
        count(p -> p.inventory().map(n -> n <= 0).orElse(false)),
        count(p -> !p.published()),
        count(p -> p.price().isEmpty()),
        count(p -> p.imageUrl().isEmpty()),
        count(p -> p.title().isEmpty()));
  }

  private long count(Predicate<Product> test) {
    return byId.values().stream().filter(test).count();
  }
}
