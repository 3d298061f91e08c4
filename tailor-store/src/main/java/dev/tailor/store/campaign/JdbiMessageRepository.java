package dev.tailor.store.campaign;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageRepository;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.core.campaign.StateCount;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Message records in the {@code messages} table, their decisions in {@code message_decisions}; SQL
 * in {@code messages.sql}. A batch of state changes runs as one prepared batch of {@code UPDATE ...
 * WHERE id = ? AND state = ?} in one transaction, on plain JDBC ({@link MessageWriter}); the
 * per-row update counts say which compare-and-sets won, and a decision that comes with a winning
 * change is recorded in the same transaction. A state change never rewrites the decision (about 2
 * KB of JSON), which SQLite would otherwise copy with every update of the row.
 */
public final class JdbiMessageRepository implements MessageRepository {
  private static final int IDS_PER_QUERY = 500;

  private final Database db;
  private final NamedQueries sql;
  private final MessageWriter writer;

  public JdbiMessageRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiMessageRepository.class, "messages.sql", db.dialect());
    this.writer = new MessageWriter(sql);
  }

  @Override
  public int planAll(Collection<Message> messages) {
    List<Message> batch =
        Batches.distinct(Batches.elements("messages", messages), Message::id, (a, b) -> a);
    if (batch.isEmpty()) {
      return 0;
    }
    return db.writeJdbc("planning messages", c -> writer.plan(c, batch));
  }

  @Override
  public Optional<Message> findById(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return db.read(
        "finding message " + id,
        h ->
            h.createQuery(sql.get("find-by-id"))
                .bind("id", id)
                .map(JdbiMessageRepository::map)
                .findOne());
  }

  @Override
  public List<Message> page(
      String campaignId, Set<MessageState> states, Instant dueBy, String afterId, int limit) {
    int n = Batches.limit(limit);
    if (states.isEmpty() || n == 0) {
      return List.of();
    }
    return db.read(
        "paging the messages of campaign " + campaignId,
        h ->
            h.createQuery(sql.get("page"))
                .bind("campaignId", campaignId)
                .bindList("states", states.stream().map(MessageState::wireName).toList())
                .bind("dueBy", Micros.of(dueBy))
                .bind("afterId", Objects.requireNonNullElse(afterId, ""))
                .bind("limit", n)
                .map(JdbiMessageRepository::map)
                .list());
  }

  @Override
  public Set<String> transition(Collection<MessageUpdate> updates) {
    List<MessageUpdate> batch = Batches.elements("updates", updates);
    if (batch.isEmpty()) {
      return Set.of();
    }
    return db.writeJdbc(
        "changing the state of " + batch.size() + " messages", c -> writer.transition(c, batch));
  }

  @Override
  public List<StateCount> countByState(String campaignId) {
    return db.read(
        "counting the messages of campaign " + campaignId,
        h ->
            h.createQuery(sql.get("count-by-state"))
                .bind("campaignId", campaignId)
                .map(
                    (rs, ctx) ->
                        new StateCount(
                            rs.getString("variant"),
                            rs.getBoolean("holdout"),
                            MessageState.parse(rs.getString("state")),
                            rs.getLong("n")))
                .list());
  }

  @Override
  public Optional<Instant> nextDue(String campaignId, Set<MessageState> states) {
    if (states.isEmpty()) {
      return Optional.empty();
    }
    return db.read(
        "finding the next due message of campaign " + campaignId,
        h ->
            h.createQuery(sql.get("next-due"))
                .bind("campaignId", campaignId)
                .bindList("states", states.stream().map(MessageState::wireName).toList())
                .map((rs, ctx) -> Columns.instant(rs, "due"))
                .one());
  }

  @Override
  public Map<String, Integer> sentSince(Collection<String> customerIds, Instant since) {
    List<String> wanted = customerIds.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return db.read(
        "counting recent sends",
        h -> {
          Map<String, Integer> out = new HashMap<>();
          for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
            h.createQuery(sql.get("sent-since"))
                .bindList(
                    "ids", wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY)))
                .bind("since", Micros.of(since))
                .map((rs, ctx) -> Map.entry(rs.getString("customer_id"), rs.getInt("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
          }
          return out;
        });
  }

  @Override
  public List<Message> sentTo(String customerId, Instant since) {
    if (customerId == null) {
      return List.of();
    }
    return db.read(
        "reading the messages sent to a customer",
        h ->
            h.createQuery(sql.get("sent-to"))
                .bind("customerId", customerId)
                .bind("since", Micros.of(since))
                .map(JdbiMessageRepository::map)
                .list());
  }

  @Override
  public Map<String, List<Message>> sentToCustomers(Collection<String> customerIds, Instant since) {
    Objects.requireNonNull(since, "since");
    List<String> wanted = customerIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, List<Message>> out = new HashMap<>();
    for (String id : wanted) {
      out.put(id, new ArrayList<>());
    }
    if (wanted.isEmpty()) {
      return out;
    }
    return db.read(
        "reading the messages sent to " + wanted.size() + " customers",
        h -> {
          for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
            h.createQuery(sql.get("sent-to-customers"))
                .bindList(
                    "ids", wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY)))
                .bind("since", Micros.of(since))
                .map(JdbiMessageRepository::map)
                .forEach(m -> out.get(m.customerId()).add(m));
          }
          return out;
        });
  }

  @Override
  public long count() {
    return db.read(
        "counting messages", h -> h.createQuery(sql.get("count")).mapTo(Long.class).one());
  }

  private static Message map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Message(
        rs.getString("id"),
        rs.getString("campaign_id"),
        rs.getString("customer_id"),
        rs.getString("variant"),
        rs.getBoolean("holdout"),
        MessageState.parse(rs.getString("state")),
        Micros.toInstant(rs.getLong("send_at")),
        Columns.text(rs, "decision"),
        Columns.text(rs, "subject"),
        Columns.text(rs, "transport_id"),
        Columns.text(rs, "detail"),
        Micros.toInstant(rs.getLong("created_at")),
        Micros.toInstant(rs.getLong("updated_at")),
        Columns.instant(rs, "sent_at"));
  }
}
