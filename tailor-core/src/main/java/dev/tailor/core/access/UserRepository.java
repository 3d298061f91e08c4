package dev.tailor.core.access;

import java.util.List;
import java.util.Optional;

/** Dashboard users. Implementations: in-memory (tests), JDBC (SQLite, PostgreSQL). */
public interface UserRepository {
  /**
   * Stores a new user.
   *
   * @throws dev.tailor.core.TailorException with {@code BAD_INPUT} when the name is taken
   */
  void add(DashboardUser user);

  Optional<DashboardUser> find(String username);

  /** Replaces the password hash; returns false when there is no such user. */
  boolean updatePassword(String username, String passwordHash);

  /** Every user, by name. */
  List<DashboardUser> list();

  long count();
}
