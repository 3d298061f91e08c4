package dev.tailor.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard sessions, held in memory (a restart signs everyone out): a random 256-bit id in the
 * cookie, the user and a CSRF token per session. Sessions end after {@link #IDLE} without use.
 */
public final class Sessions {
  /** Idle time after which a session ends. */
  public static final Duration IDLE = Duration.ofHours(8);

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One signed-in user.
   *
   * @param id the cookie value
   * @param username who
   * @param csrf the token every form of this session must carry
   */
  public record Session(String id, String username, String csrf) {}

  private record Entry(Session session, Instant lastSeen) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> sessions = new ConcurrentHashMap<>();

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public Session start(String username) {
    Session s = new Session(token(), username, token());
    sessions.put(s.id(), new Entry(s, clock.instant()));
    return s;
  }

  /** The live session with this id, touching it. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Entry e = sessions.get(id);
    Instant now = clock.instant();
    if (e == null) {
      return Optional.empty();
    }
    if (e.lastSeen().plus(IDLE).isBefore(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    sessions.put(id, new Entry(e.session(), now));
    return Optional.of(e.session());
  }

  public void end(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
