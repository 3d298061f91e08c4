package dev.tailor.core.access;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in dashboard session as stored: only a digest of the id the browser holds, so reading
 * the store does not let anyone take a session over.
 *
 * @param idHash lowercase hex SHA-256 of the session id in the cookie
 * @param username who signed in
 * @param createdAt when they signed in
 * @param expiresAt when the session ends unless it is used (and so extended) before
 */
public record DashboardSession(
    String idHash, String username, Instant createdAt, Instant expiresAt) {
  public DashboardSession {
    if (idHash == null || !idHash.matches("[0-9a-f]{64}")) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "a session id hash must be 64 lowercase hex digits");
    }
    username = DashboardUser.requireUsername(username);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** True when the session has ended at {@code now}. */
  public boolean expiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
