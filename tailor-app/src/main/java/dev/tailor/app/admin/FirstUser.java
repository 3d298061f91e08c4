package dev.tailor.app.admin;

import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.store.Store;
import dev.tailor.web.auth.Passwords;
import java.time.Clock;
import java.util.Optional;

/** The first dashboard user, made when there is none (by {@code tailor demo}). */
public final class FirstUser {
  /** The first user's name. */
  public static final String USERNAME = "admin";

  private FirstUser() {}

  /**
   * Creates user {@value #USERNAME} with a random password when the store has no dashboard user,
   * and returns the password (the only time it exists in clear); empty when users exist.
   */
  public static Optional<String> ensure(Store store, Clock clock, Passwords passwords) {
    if (store.users().count() > 0) {
      return Optional.empty();
    }
    String password = CreateUserCommand.generate(20);
    store.users().add(new DashboardUser(USERNAME, passwords.hash(password), clock.instant()));
    return Optional.of(password);
  }
}
