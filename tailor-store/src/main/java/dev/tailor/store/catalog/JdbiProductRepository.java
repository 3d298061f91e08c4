package dev.tailor.store.catalog;

import dev.tailor.core.catalog.CatalogHealth;
import dev.tailor.core.catalog.Product;
import dev.tailor.core.catalog.ProductRepository;
import dev.tailor.store.internal.Batches;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Dialect;
import dev.tailor.store.internal.JsonText;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Products in the {@code products} table; SQL in {@code products.sql}. */
public final class JdbiProductRepository implements ProductRepository {
  /** Ids per {@code IN (...)} list, well under both databases' limits on parameters. */
  private static final int IDS_PER_QUERY = 500;

  private final Database db;
  private final NamedQueries sql;

  public JdbiProductRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiProductRepository.class, "products.sql", db.dialect());
  }

  @Override
  public void upsertAll(Collection<Product> products) {
    List<Product> batch =
        Batches.distinct(Batches.elements("products", products), Product::id, (a, b) -> b);
    if (batch.isEmpty()) {
      return;
    }
    db.write(
        "upserting products",
        h -> {
          PreparedBatch statement = h.prepareBatch(sql.get("upsert"));
          for (Product p : batch) {
            bind(statement, p).add();
          }
          return statement.execute();
        });
  }

  private PreparedBatch bind(PreparedBatch statement, Product p) {
    statement
        .bind("id", p.id())
        .bind("title", p.title().orElse(null))
        .bind("category", JsonText.ofList(p.category()))
        .bind("brand", p.brand().orElse(null))
        .bind("currency", p.currency().orElse(null))
        .bind("inventory", p.inventory().orElse(null))
        .bind("margin", p.margin().orElse(null))
        .bind("url", p.url().orElse(null))
        .bind("imageUrl", p.imageUrl().orElse(null))
        .bind("tags", JsonText.ofList(p.tags()))
        .bind("availableFrom", Micros.ofNullable(p.availableFrom()))
        .bind("availableTo", Micros.ofNullable(p.availableTo()))
        .bind("published", p.published())
        .bind("createdAt", Micros.ofNullable(p.createdAt()))
        .bind("attributes", JsonText.ofMap(p.attributes()));
    BigDecimal price = p.price().orElse(null);
    return db.dialect() == Dialect.SQLITE
        ? statement.bind("price", price == null ? null : price.toString())
        : statement.bind("price", price);
  }

  @Override
  public Optional<Product> findById(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return db.read(
        "finding a product",
        h ->
            h.createQuery(sql.get("find-by-id"))
                .bind("id", id)
                .map(JdbiProductRepository::map)
                .findOne());
  }

  @Override
  public List<Product> findAllById(Collection<String> ids) {
    List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return List.of();
    }
    return db.read(
        "finding products",
        h -> {
          List<Product> found = new ArrayList<>();
          for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
            List<String> chunk =
                wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY));
            found.addAll(
                h.createQuery(sql.get("find-all-by-id"))
                    .bindList("ids", chunk)
                    .map(JdbiProductRepository::map)
                    .list());
          }
          return found;
        });
  }

  @Override
  public List<Product> page(String afterId, int limit) {
    int n = Batches.limit(limit);
    return db.read(
        "paging products",
        h ->
            h.createQuery(sql.get("page"))
                .bind("afterId", Objects.requireNonNullElse(afterId, ""))
                .bind("limit", n)
                .map(JdbiProductRepository::map)
                .list());
  }

  @Override
  public void forEach(Consumer<Product> sink) {
    Objects.requireNonNull(sink, "sink");
    db.stream(
        "streaming products",
        h -> {
          h.createQuery(sql.get("all"))
              .setFetchSize(Database.FETCH_SIZE)
              .map(JdbiProductRepository::map)
              .forEach(sink);
          return null;
        });
  }

  @Override
  public long count() {
    return db.read(
        "counting products", h -> h.createQuery(sql.get("count")).mapTo(Long.class).one());
  }

  @Override
  public CatalogHealth health() {
    return db.read(
        "checking catalog health",
        h ->
            h.createQuery(sql.get("health"))
                .map(
                    (rs, ctx) ->
                        new CatalogHealth(
                            rs.getLong("products"),
                            rs.getLong("out_of_stock"),
                            rs.getLong("unpublished"),
                            rs.getLong("missing_price"),
                            rs.getLong("missing_image"),
                            rs.getLong("missing_title")))
                .one());
  }

  private static Product map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Product(
        rs.getString("id"),
        Columns.text(rs, "title"),
        JsonText.toList(rs.getString("category")),
        Columns.text(rs, "brand"),
        Columns.decimal(rs, "price"),
        Columns.text(rs, "currency"),
        Optional.ofNullable(Columns.intOrNull(rs, "inventory")),
        Optional.ofNullable(Columns.doubleOrNull(rs, "margin")),
        Columns.text(rs, "url"),
        Columns.text(rs, "image_url"),
        JsonText.toList(rs.getString("tags")),
        Columns.instant(rs, "available_from"),
        Columns.instant(rs, "available_to"),
        rs.getBoolean("published"),
        Columns.instant(rs, "created_at"),
        JsonText.toMap(rs.getString("attributes")));
  }
}
