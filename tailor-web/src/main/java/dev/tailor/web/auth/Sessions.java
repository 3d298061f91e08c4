package dev.tailor.web.auth;

import dev.tailor.core.access.DashboardSession;
import dev.tailor.core.access.SessionRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Dashboard sessions, kept in the store so a restart signs nobody out: a random 256-bit id in the
 * cookie, of which the store holds only the SHA-256, so reading the database does not let anyone
 * take a session over. The CSRF token is derived from the id (a digest no one without the cookie
 * can compute). Sessions end after {@link #IDLE} without use; use extends them (written at most
 * once per {@link #EXTEND_EVERY}, not on every request).
 */
public final class Sessions {
  /** Idle time after which a session ends. */
  public static final Duration IDLE = Duration.ofHours(8);

  /** How stale the stored expiry may get before a request writes a new one. */
  static final Duration EXTEND_EVERY = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One signed-in user.
   *
   * @param id the cookie value
   * @param username who
   * @param csrf the token every form of this session must carry
   */
  public record Session(String id, String username, String csrf) {}

  private final SessionRepository repository;
  private final Clock clock;

  public Sessions(SessionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public Session start(String username) {
    Instant now = clock.instant();
    repository.removeExpired(now);
    String id = token();
    repository.add(new DashboardSession(hash(id), username, now, now.plus(IDLE)));
    return session(id, username);
  }

  /** The live session with this id, extending it. */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty() || id.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(id);
    Optional<DashboardSession> stored = repository.find(hash);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    DashboardSession s = stored.get();
    if (s.expiredAt(now)) {
      repository.remove(hash);
      return Optional.empty();
    }
    Instant renewed = now.plus(IDLE);
    if (s.expiresAt().plus(EXTEND_EVERY).isBefore(renewed)) {
      repository.extend(hash, renewed);
    }
    return Optional.of(session(id, s.username()));
  }

  public void end(String id) {
    if (id != null && !id.isEmpty() && id.length() <= 100) {
      repository.remove(hash(id));
    }
  }

  private static Session session(String id, String username) {
    byte[] csrf = sha256("csrf\n" + id);
    return new Session(id, username, Base64.getUrlEncoder().withoutPadding().encodeToString(csrf));
  }

  /** Lowercase hex SHA-256 of a session id, as stored. */
  static String hash(String id) {
    return HexFormat.of().formatHex(sha256(id));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
