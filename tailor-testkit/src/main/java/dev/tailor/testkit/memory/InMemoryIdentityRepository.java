package dev.tailor.testkit.memory;

import dev.tailor.core.identity.IdentityLink;
import dev.tailor.core.identity.IdentityRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links by anonymous id. A link replaces the stored one only when its time is strictly later, so of
 * two links with the same time the first stored wins. Thread-safe.
 */
public final class InMemoryIdentityRepository implements IdentityRepository {
  private final Map<String, IdentityLink> byAnonymousId = new HashMap<>();

  @Override
  public void linkAll(Collection<IdentityLink> links) {
    List<IdentityLink> batch = Batches.elements("links", links);
    synchronized (this) {
      for (IdentityLink link : batch) {
        byAnonymousId.merge(
            link.anonymousId(), link, (old, neu) -> neu.at().isAfter(old.at()) ? neu : old);
      }
    }
  }

  @Override
  public synchronized Optional<String> resolve(String anonymousId) {
    return Optional.ofNullable(byAnonymousId.get(anonymousId)).map(IdentityLink::customerId);
  }

  @Override
  public synchronized List<String> anonymousIdsOf(String customerId) {
    return byAnonymousId.values().stream()
        .filter(l -> l.customerId().equals(customerId))
        .map(IdentityLink::anonymousId)
        .sorted(Batches.ID_ORDER)
        .toList();
  }

  @Override
  public synchronized long count() {
    return byAnonymousId.size();
  }
}
