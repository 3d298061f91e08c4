package dev.tailor.store.access;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.access.DashboardUser;
import dev.tailor.core.access.UserRepository;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Dashboard users in the {@code dashboard_users} table; SQL in {@code access.sql}. */
public final class JdbiUserRepository implements UserRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiUserRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiUserRepository.class, "access.sql", db.dialect());
  }

  @Override
  public void add(DashboardUser user) {
    int added =
        db.write(
            "adding a dashboard user",
            h ->
                h.createUpdate(sql.get("add-user"))
                    .bind("username", user.username())
                    .bind("passwordHash", user.passwordHash())
                    .bind("createdAt", Micros.of(user.createdAt()))
                    .execute());
    if (added == 0) {
      throw new TailorException(
          ErrorCode.BAD_INPUT, "a dashboard user named " + user.username() + " exists");
    }
  }

  @Override
  public Optional<DashboardUser> find(String username) {
    return db.read(
        "reading dashboard users",
        h ->
            h.createQuery(sql.get("user"))
                .bind("username", username)
                .map((rs, c) -> user(rs))
                .findOne());
  }

  @Override
  public boolean updatePassword(String username, String passwordHash) {
    return db.write(
            "changing a password",
            h ->
                h.createUpdate(sql.get("update-password"))
                    .bind("username", username)
                    .bind("passwordHash", passwordHash)
                    .execute())
        > 0;
  }

  @Override
  public List<DashboardUser> list() {
    return db.read(
        "reading dashboard users",
        h -> h.createQuery(sql.get("users")).map((rs, c) -> user(rs)).list());
  }

  @Override
  public long count() {
    return db.read(
        "counting dashboard users",
        h -> h.createQuery(sql.get("count-users")).mapTo(Long.class).one());
  }

  private static DashboardUser user(ResultSet rs) throws SQLException {
    return new DashboardUser(
        rs.getString("username"),
        rs.getString("password_hash"),
        Micros.toInstant(rs.getLong("created_at")));
  }
}
