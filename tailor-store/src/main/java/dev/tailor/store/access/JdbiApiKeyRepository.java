package dev.tailor.store.access;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.core.access.ApiKey;
import dev.tailor.core.access.ApiKeyKind;
import dev.tailor.core.access.ApiKeyRepository;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys in the {@code api_keys} table; SQL in {@code access.sql}. */
public final class JdbiApiKeyRepository implements ApiKeyRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiApiKeyRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiApiKeyRepository.class, "access.sql", db.dialect());
  }

  @Override
  public void add(ApiKey key) {
    int added =
        db.write(
            "adding an API key",
            h ->
                h.createUpdate(sql.get("add-key"))
                    .bind("id", key.id())
                    .bind("kind", key.kind().label())
                    .bind("hash", key.hash())
                    .bind("label", key.label())
                    .bind("createdAt", Micros.of(key.createdAt()))
                    .execute());
    if (added == 0) {
      throw new TailorException(ErrorCode.BAD_INPUT, "an API key with id " + key.id() + " exists");
    }
  }

  @Override
  public Optional<ApiKey> findByHash(String hash) {
    return db.read(
        "reading API keys",
        h ->
            h.createQuery(sql.get("key-by-hash"))
                .bind("hash", hash)
                .map((rs, c) -> key(rs))
                .findOne());
  }

  @Override
  public Optional<ApiKey> findById(String id) {
    return db.read(
        "reading API keys",
        h -> h.createQuery(sql.get("key-by-id")).bind("id", id).map((rs, c) -> key(rs)).findOne());
  }

  @Override
  public List<ApiKey> list() {
    return db.read(
        "reading API keys", h -> h.createQuery(sql.get("keys")).map((rs, c) -> key(rs)).list());
  }

  @Override
  public boolean revoke(String id, Instant at) {
    return db.write(
            "revoking an API key",
            h ->
                h.createUpdate(sql.get("revoke-key"))
                    .bind("id", id)
                    .bind("at", Micros.of(at))
                    .execute())
        > 0;
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    long revoked = rs.getLong("revoked_at");
    Optional<Instant> revokedAt =
        rs.wasNull() ? Optional.empty() : Optional.of(Micros.toInstant(revoked));
    return new ApiKey(
        rs.getString("id"),
        ApiKeyKind.parse(rs.getString("kind")),
        rs.getString("hash"),
        rs.getString("label"),
        Micros.toInstant(rs.getLong("created_at")),
        revokedAt);
  }
}
