package dev.tailor.core.access;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who may sign in to the dashboard.
 *
 * @param username the login name: 1..64 letters, digits, {@code . _ @ -}
 * @param passwordHash the encoded password digest ({@code pbkdf2-sha256$iterations$salt$hash})
 * @param createdAt when the user was created
 */
public record DashboardUser(String username, String passwordHash, Instant createdAt) {
  public DashboardUser {
    username = requireUsername(username);
    if (passwordHash == null || passwordHash.isBlank()) {
      throw new TailorException(ErrorCode.BAD_INPUT, "password hash is required");
    }
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Returns the name stripped, or throws naming what is wrong with it. */
  public static String requireUsername(String username) {
    String u = username == null ? "" : username.strip();
    if (!u.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new TailorException(
          ErrorCode.BAD_INPUT,
          "username must be 1..64 letters, digits or . _ @ -, not '" + username + "'");
    }
    return u;
  }
}
