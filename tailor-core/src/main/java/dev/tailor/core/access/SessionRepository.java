package dev.tailor.core.access;

import java.time.Instant;
import java.util.Optional;

/**
 * Dashboard sessions, kept across restarts. Implementations: in-memory (tests), JDBC (SQLite,
 * PostgreSQL).
 */
public interface SessionRepository {
  /** Stores a new session (a session with the same id hash is replaced). */
  void add(DashboardSession session);

  /** The session with this id hash, expired or not. */
  Optional<DashboardSession> find(String idHash);

  /** Moves a session's expiry; returns false when there is no such session. */
  boolean extend(String idHash, Instant expiresAt);

  /** Ends a session; returns false when there was none. */
  boolean remove(String idHash);

  /** Deletes every session expired at {@code now}; returns how many. */
  int removeExpired(Instant now);
}
