package dev.tailor.store.customer;

import dev.tailor.core.customer.Consent;
import dev.tailor.core.customer.ConsentStatus;
import dev.tailor.core.customer.Customer;
import dev.tailor.core.customer.CustomerRepository;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.JsonText;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Customers in the {@code customers} table; SQL in {@code customers.sql}. */
public final class JdbiCustomerRepository implements CustomerRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiCustomerRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiCustomerRepository.class, "customers.sql", db.dialect());
  }

  @Override
  public void upsertAll(Collection<Customer> customers) {
    List<Customer> batch =
        Batches.distinct(Batches.elements("customers", customers), Customer::id, (a, b) -> b);
    if (batch.isEmpty()) {
      return;
    }
    db.write(
        "upserting customers",
        h -> {
          PreparedBatch statement = h.prepareBatch(sql.get("upsert"));
          for (Customer c : batch) {
            bind(statement, c).add();
          }
          return statement.execute();
        });
  }

  private static PreparedBatch bind(PreparedBatch statement, Customer c) {
    return statement
        .bind("id", c.id())
        .bind("email", c.email().orElse(null))
        .bind("firstName", c.firstName().orElse(null))
        .bind("lastName", c.lastName().orElse(null))
        .bind("timezone", c.timezone().orElse(null))
        .bind("country", c.country().orElse(null))
        .bind("consentStatus", c.consent().status().wireName())
        .bind("consentAt", Micros.ofNullable(c.consent().at()))
        .bind("createdAt", Micros.ofNullable(c.createdAt()))
        .bind("attributes", JsonText.ofMap(c.attributes()));
  }

  @Override
  public Optional<Customer> findById(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return db.read(
        "finding a customer",
        h -> h.createQuery(sql.get("find-by-id")).bind("id", id).map(this::map).findOne());
  }

  @Override
  public List<Customer> page(String afterId, int limit) {
    int n = Batches.limit(limit);
    return db.read(
        "paging customers",
        h ->
            h.createQuery(sql.get("page"))
                .bind("afterId", Objects.requireNonNullElse(afterId, ""))
                .bind("limit", n)
                .map(this::map)
                .list());
  }

  @Override
  public void forEach(Consumer<Customer> sink) {
    Objects.requireNonNull(sink, "sink");
    db.stream(
        "streaming customers",
        h -> {
          h.createQuery(sql.get("all"))
              .setFetchSize(Database.FETCH_SIZE)
              .map(this::map)
              .forEach(sink);
          return null;
        });
  }

  @Override
  public long count() {
    return db.read(
        "counting customers", h -> h.createQuery(sql.get("count")).mapTo(Long.class).one());
  }

  @Override
  public long countByConsent(ConsentStatus status) {
    Objects.requireNonNull(status, "status");
    return db.read(
        "counting customers by consent",
        h ->
            h.createQuery(sql.get("count-by-consent"))
                .bind("status", status.wireName())
                .mapTo(Long.class)
                .one());
  }

  private Customer map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Customer(
        rs.getString("id"),
        Columns.text(rs, "email"),
        Columns.text(rs, "first_name"),
        Columns.text(rs, "last_name"),
        Columns.text(rs, "timezone"),
        Columns.text(rs, "country"),
        new Consent(
            ConsentStatus.parse(rs.getString("consent_status")), Columns.instant(rs, "consent_at")),
        Columns.instant(rs, "created_at"),
        JsonText.toMap(rs.getString("attributes")));
  }
}
