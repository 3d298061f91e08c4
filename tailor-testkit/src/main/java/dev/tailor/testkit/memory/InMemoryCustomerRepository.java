package dev.tailor.testkit.memory;

import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.customer.CustomerRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Customers in a sorted map. Thread-safe; sinks run outside the lock. */
public final class InMemoryCustomerRepository implements CustomerRepository {
  private final TreeMap<String, Customer> byId = new TreeMap<>(Batches.ID_ORDER);

  @Override
  public void upsertAll(Collection<Customer> customers) {
    List<Customer> batch = Batches.elements("customers", customers);
    synchronized (this) {
      batch.forEach(c -> byId.put(c.id(), c));
    }
  }

  @Override
  public synchronized Optional<Customer> findById(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Customer> page(String afterId, int limit) {
    int n = Batches.limit(limit);
    return byId.tailMap(Objects.requireNonNullElse(afterId, ""), false).values().stream()
        .limit(n)
        .toList();
  }

  @Override
  public void forEach(Consumer<Customer> sink) {
    List<Customer> snapshot;
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
  public synchronized long countByConsent(ConsentStatus status) {
    return byId.values().stream().filter(c -> c.consent().status() == status).count();
  }
}
