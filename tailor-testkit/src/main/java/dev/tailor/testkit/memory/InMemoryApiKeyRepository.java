package dev.tailor.testkit.memory;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.access.ApiKey;
import dev.tailor.core.access.ApiKeyRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ApiKeyRepository} in a map; thread-safe by locking. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
  private final Map<String, ApiKey> byId = new LinkedHashMap<>();

  @Override
  public synchronized void add(ApiKey key) {
    if (byId.containsKey(key.id())
        || byId.values().stream().anyMatch(k -> k.hash().equals(key.hash()))) {
      throw new TailorException(ErrorCode.BAD_INPUT, "an API key with id " + key.id() + " exists");
    }
    byId.put(key.id(), key);
  }

  @Override
  public synchronized Optional<ApiKey> findByHash(String hash) {
    return byId.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
  }

  @Override
  public synchronized Optional<ApiKey> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<ApiKey> list() {
    List<ApiKey> out = new ArrayList<>(byId.values());
    out.sort(Comparator.comparing(ApiKey::createdAt).reversed().thenComparing(ApiKey::id));
    return out;
  }

  @Override
  public synchronized boolean revoke(String id, Instant at) {
    ApiKey k = byId.get(id);
    if (k == null || !k.active()) {
      return false;
    }
    byId.put(id, new ApiKey(k.id(), k.kind(), k.hash(), k.label(), k.createdAt(), Optional.of(at)));
    return true;
  }
}
