package dev.tailor.store.identity;

import dev.tailor.core.identity.IdentityLink;
import dev.tailor.core.identity.IdentityRepository;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Links in the {@code identities} table, one row per anonymous id; SQL in {@code identities.sql}.
 * Events are attributed to customers by joining this table on read.
 */
public final class JdbiIdentityRepository implements IdentityRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiIdentityRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiIdentityRepository.class, "identities.sql", db.dialect());
  }

  @Override
  public void linkAll(Collection<IdentityLink> links) {
    List<IdentityLink> batch =
        Batches.distinct(
            Batches.elements("links", links),
            IdentityLink::anonymousId,
            (stored, newer) -> newer.at().isAfter(stored.at()) ? newer : stored);
    if (batch.isEmpty()) {
      return;
    }
    db.write(
        "linking identities",
        h -> {
          PreparedBatch statement = h.prepareBatch(sql.get("link"));
          for (IdentityLink link : batch) {
            statement
                .bind("anonymousId", link.anonymousId())
                .bind("customerId", link.customerId())
                .bind("at", Micros.of(link.at()))
                .add();
          }
          return statement.execute();
        });
  }

  @Override
  public Optional<String> resolve(String anonymousId) {
    if (anonymousId == null) {
      return Optional.empty();
    }
    return db.read(
        "resolving an anonymous id",
        h ->
            h.createQuery(sql.get("resolve"))
                .bind("anonymousId", anonymousId)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public List<String> anonymousIdsOf(String customerId) {
    if (customerId == null) {
      return List.of();
    }
    return db.read(
        "listing anonymous ids",
        h ->
            h.createQuery(sql.get("anonymous-ids-of"))
                .bind("customerId", customerId)
                .mapTo(String.class)
                .list());
  }

  @Override
  public long count() {
    return db.read(
        "counting identity links", h -> h.createQuery(sql.get("count")).mapTo(Long.class).one());
  }
}
