package dev.tailor.testkit.memory;

import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.core.suppression.SuppressionRepository;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The suppression list by customer id; the first reason recorded is kept. Thread-safe. */
public final class InMemorySuppressionRepository implements SuppressionRepository {
  private final Map<String, Suppression> byCustomer = new HashMap<>();

  @Override
  public int addAll(Collection<Suppression> suppressions) {
    List<Suppression> batch = Batches.elements("suppressions", suppressions);
    int added = 0;
    synchronized (this) {
      for (Suppression s : batch) {
        if (byCustomer.putIfAbsent(s.customerId(), s) == null) {
          added++;
        }
      }
    }
    return added;
  }

  @Override
  public synchronized Optional<Suppression> find(String customerId) {
    return Optional.ofNullable(customerId == null ? null : byCustomer.get(customerId));
  }

  @Override
  public synchronized Map<String, SuppressionReason> reasonsFor(Collection<String> customerIds) {
    Map<String, SuppressionReason> out = new HashMap<>();
    for (String id : customerIds) {
      Suppression s = id == null ? null : byCustomer.get(id);
      if (s != null) {
        out.put(id, s.reason());
      }
    }
    return out;
  }

  @Override
  public synchronized Map<SuppressionReason, Long> countByReason() {
    Map<SuppressionReason, Long> out = new EnumMap<>(SuppressionReason.class);
    byCustomer.values().forEach(s -> out.merge(s.reason(), 1L, Long::sum));
    return out;
  }

  @Override
  public synchronized long count() {
    return byCustomer.size();
  }
}
