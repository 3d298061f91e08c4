package dev.tailor.testkit.memory;

import dev.tailor.core.access.DashboardSession;
import dev.tailor.core.access.SessionRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SessionRepository} in a map; thread-safe by locking. */
public final class InMemorySessionRepository implements SessionRepository {
  private final Map<String, DashboardSession> sessions = new HashMap<>();

  @Override
  public synchronized void add(DashboardSession session) {
    sessions.put(session.idHash(), session);
  }

  @Override
  public synchronized Optional<DashboardSession> find(String idHash) {
    return Optional.ofNullable(sessions.get(idHash));
  }

  @Override
  public synchronized boolean extend(String idHash, Instant expiresAt) {
    DashboardSession s = sessions.get(idHash);
    if (s == null) {
      return false;
    }
    sessions.put(idHash, new DashboardSession(s.idHash(), s.username(), s.createdAt(), expiresAt));
    return true;
  }

  @Override
  public synchronized boolean remove(String idHash) {
    return sessions.remove(idHash) != null;
  }

  @Override
  public synchronized int removeExpired(Instant now) {
    int before = sessions.size();
    sessions.values().removeIf(s -> s.expiredAt(now));
    return before - sessions.size();
  }
}
