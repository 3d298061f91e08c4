package dev.tailor.store.access;

import dev.tailor.core.access.DashboardSession;
import dev.tailor.core.access.SessionRepository;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Dashboard sessions in the {@code dashboard_sessions} table; SQL in {@code sessions.sql}. */
public final class JdbiSessionRepository implements SessionRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiSessionRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiSessionRepository.class, "sessions.sql", db.dialect());
  }

  @Override
  public void add(DashboardSession session) {
    db.write(
        "storing a dashboard session",
        h ->
            h.createUpdate(sql.get("add"))
                .bind("idHash", session.idHash())
                .bind("username", session.username())
                .bind("createdAt", Micros.of(session.createdAt()))
                .bind("expiresAt", Micros.of(session.expiresAt()))
                .execute());
  }

  @Override
  public Optional<DashboardSession> find(String idHash) {
    return db.read(
        "reading dashboard sessions",
        h ->
            h.createQuery(sql.get("find"))
                .bind("idHash", idHash)
                .map((rs, c) -> session(rs))
                .findOne());
  }

  @Override
  public boolean extend(String idHash, Instant expiresAt) {
    return db.write(
            "extending a dashboard session",
            h ->
                h.createUpdate(sql.get("extend"))
                    .bind("idHash", idHash)
                    .bind("expiresAt", Micros.of(expiresAt))
                    .execute())
        > 0;
  }

  @Override
  public boolean remove(String idHash) {
    return db.write(
            "ending a dashboard session",
            h -> h.createUpdate(sql.get("remove")).bind("idHash", idHash).execute())
        > 0;
  }

  @Override
  public int removeExpired(Instant now) {
    return db.write(
        "deleting expired dashboard sessions",
        h -> h.createUpdate(sql.get("remove-expired")).bind("now", Micros.of(now)).execute());
  }

  private static DashboardSession session(ResultSet rs) throws SQLException {
    return new DashboardSession(
        rs.getString("id_hash"),
        rs.getString("username"),
        Micros.toInstant(rs.getLong("created_at")),
        Micros.toInstant(rs.getLong("expires_at")));
  }
}
