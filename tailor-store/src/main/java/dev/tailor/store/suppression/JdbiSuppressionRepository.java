package dev.tailor.store.suppression;

import dev.tailor.core.suppression.Suppression;
import dev.tailor.core.suppression.SuppressionReason;
import dev.tailor.core.suppression.SuppressionRepository;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The suppression list in the {@code suppressions} table; SQL in {@code suppressions.sql}. */
public final class JdbiSuppressionRepository implements SuppressionRepository {
  private static final int IDS_PER_QUERY = 500;

  private final Database db;
  private final NamedQueries sql;

  public JdbiSuppressionRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiSuppressionRepository.class, "suppressions.sql", db.dialect());
  }

  @Override
  public int addAll(Collection<Suppression> suppressions) {
    List<Suppression> batch =
        Batches.distinct(
            Batches.elements("suppressions", suppressions), Suppression::customerId, (a, b) -> a);
    if (batch.isEmpty()) {
      return 0;
    }
    return db.write(
        "adding to the suppression list",
        h -> {
          PreparedBatch statement = h.prepareBatch(sql.get("add"));
          for (Suppression s : batch) {
            statement
                .bind("customerId", s.customerId())
                .bind("reason", s.reason().wireName())
                .bind("at", Micros.of(s.at()))
                .bind("detail", s.detail())
                .add();
          }
          int added = 0;
          for (int n : statement.execute()) {
            added += Math.max(0, n);
          }
          return added;
        });
  }

  @Override
  public Optional<Suppression> find(String customerId) {
    if (customerId == null) {
      return Optional.empty();
    }
    return db.read(
        "reading the suppression list",
        h ->
            h.createQuery(sql.get("find"))
                .bind("customerId", customerId)
                .map(
                    (rs, ctx) ->
                        new Suppression(
                            rs.getString("customer_id"),
                            SuppressionReason.parse(rs.getString("reason")),
                            Micros.toInstant(rs.getLong("created_at")),
                            rs.getString("detail")))
                .findOne());
  }

  @Override
  public Map<String, SuppressionReason> reasonsFor(Collection<String> customerIds) {
    List<String> wanted = customerIds.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return db.read(
        "reading the suppression list",
        h -> {
          Map<String, SuppressionReason> out = new HashMap<>();
          for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
            h.createQuery(sql.get("reasons-for"))
                .bindList(
                    "ids", wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY)))
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            rs.getString("customer_id"),
                            SuppressionReason.parse(rs.getString("reason"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
          }
          return out;
        });
  }

  @Override
  public Map<SuppressionReason, Long> countByReason() {
    return db.read(
        "counting the suppression list",
        h -> {
          Map<SuppressionReason, Long> out = new EnumMap<>(SuppressionReason.class);
          h.createQuery(sql.get("count-by-reason"))
              .map((rs, ctx) -> Map.entry(rs.getString("reason"), rs.getLong("n")))
              .forEach(e -> out.put(SuppressionReason.parse(e.getKey()), e.getValue()));
          return out;
        });
  }

  @Override
  public long count() {
    return db.read(
        "counting the suppression list",
        h -> h.createQuery(sql.get("count")).mapTo(Long.class).one());
  }
}
