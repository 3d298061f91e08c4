package dev.tailor.testkit.memory;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.access.UserRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** {@link UserRepository} in a sorted map; thread-safe by locking. */
public final class InMemoryUserRepository implements UserRepository {
  private final TreeMap<String, DashboardUser> users = new TreeMap<>();

  @Override
  public synchronized void add(DashboardUser user) {
    if (users.putIfAbsent(user.username(), user) != null) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "a dashboard user named " + user.username() + " exists");
    }
  }

  @Override
  public synchronized Optional<DashboardUser> find(String username) {
    return Optional.ofNullable(users.get(username));
  }

  @Override
  public synchronized boolean updatePassword(String username, String passwordHash) {
    DashboardUser u = users.get(username);
    if (u == null) {
      return false;
    }
    users.put(username, new DashboardUser(username, passwordHash, u.createdAt()));
    return true;
  }

  @Override
  public synchronized List<DashboardUser> list() {
    return new ArrayList<>(users.values());
  }

  @Override
  public synchronized long count() {
    return users.size();
  }
}
