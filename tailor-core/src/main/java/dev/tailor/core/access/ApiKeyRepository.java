package dev.tailor.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored API keys. Implementations: in-memory (tests), JDBC (SQLite, PostgreSQL). */
public interface ApiKeyRepository {
  /**
   * Stores a new key.
   *
   * @throws dev.tailor.core.TailorException with {@code BAD_INPUT} when the id or hash is taken
   */
  void add(ApiKey key);

  /** The key with this hash, revoked or not. */
  Optional<ApiKey> findByHash(String hash);

  Optional<ApiKey> findById(String id);

  /** Every key, newest first. */
  List<ApiKey> list();

  /** Marks the key revoked at {@code at}; returns false when there is no such active key. */
  boolean revoke(String id, Instant at);
}
