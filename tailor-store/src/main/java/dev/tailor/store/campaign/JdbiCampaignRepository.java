package dev.tailor.store.campaign;

import dev.tailor.core.campaign.Campaign;
import dev.tailor.core.campaign.CampaignRepository;
import dev.tailor.core.campaign.CampaignStatus;
import dev.tailor.core.campaign.Variant;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.JsonText;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Campaigns in the {@code campaigns} and {@code campaign_variants} tables. */
public final class JdbiCampaignRepository implements CampaignRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiCampaignRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiCampaignRepository.class, "campaigns.sql", db.dialect());
  }

  @Override
  public void save(Campaign c) {
    Objects.requireNonNull(c, "campaign");
    db.write(
        "saving campaign " + c.id(),
        h -> {
          h.createUpdate(sql.get("upsert"))
              .bind("id", c.id())
              .bind("name", c.name())
              .bind("status", c.status().wireName())
              .bind("holdoutShare", c.holdoutShare())
              .bind("spec", c.spec())
              .bind("source", c.source())
              .bind("createdAt", Micros.of(c.createdAt()))
              .bind("updatedAt", Micros.of(c.updatedAt()))
              .execute();
          h.createUpdate(sql.get("delete-variants")).bind("id", c.id()).execute();
          var batch = h.prepareBatch(sql.get("insert-variant"));
          int position = 0;
          for (Variant v : c.variants()) {
            batch
                .bind("campaignId", c.id())
                .bind("position", position++)
                .bind("name", v.name())
                .bind("weight", v.weight())
                .bind("strategy", v.strategy())
                .bind("template", v.template())
                .bind("subjects", JsonText.ofList(v.subjects()))
                .add();
          }
          return batch.execute();
        });
  }

  @Override
  public Optional<Campaign> findById(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return db.read(
        "finding campaign " + id,
        h -> {
          List<Row> rows = h.createQuery(sql.get("find-by-id")).bind("id", id).map(Row::of).list();
          return withVariants(h, rows).stream().findFirst();
        });
  }

  @Override
  public List<Campaign> list() {
    return db.read(
        "listing campaigns",
        h -> withVariants(h, h.createQuery(sql.get("list")).map(Row::of).list()));
  }

  private List<Campaign> withVariants(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Variant>> variants = new HashMap<>();
    h.createQuery(sql.get("variants-of"))
        .bindList("ids", rows.stream().map(Row::id).toList())
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("campaign_id"),
                    new Variant(
                        rs.getString("name"),
                        rs.getDouble("weight"),
                        rs.getString("strategy"),
                        rs.getString("template"),
                        JsonText.toList(rs.getString("subjects")))))
        .forEach(
            e -> variants.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<Campaign> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          new Campaign(
              r.id,
              r.name,
              r.status,
              variants.getOrDefault(r.id, List.of()),
              r.holdoutShare,
              r.spec,
              r.source,
              r.createdAt,
              r.updatedAt));
    }
    return out;
  }

  @Override
  public boolean updateStatus(String id, CampaignStatus expected, CampaignStatus next, Instant at) {
    return db.write(
            "updating the status of campaign " + id,
            h ->
                h.createUpdate(sql.get("update-status"))
                    .bind("id", id)
                    .bind("expected", expected.wireName())
                    .bind("next", next.wireName())
                    .bind("at", Micros.of(at))
                    .execute())
        == 1;
  }

  @Override
  public boolean acquireLease(String id, String token, Instant now, Instant staleBefore) {
    return db.write(
            "taking the lease of campaign " + id,
            h ->
                h.createUpdate(sql.get("acquire-lease"))
                    .bind("id", id)
                    .bind("token", token)
                    .bind("now", Micros.of(now))
                    .bind("staleBefore", Micros.of(staleBefore))
                    .execute())
        == 1;
  }

  @Override
  public boolean renewLease(String id, String token, Instant now) {
    return db.write(
            "renewing the lease of campaign " + id,
            h ->
                h.createUpdate(sql.get("renew-lease"))
                    .bind("id", id)
                    .bind("token", token)
                    .bind("now", Micros.of(now))
                    .execute())
        == 1;
  }

  @Override
  public void releaseLease(String id, String token) {
    db.write(
        "releasing the lease of campaign " + id,
        h ->
            h.createUpdate(sql.get("release-lease")).bind("id", id).bind("token", token).execute());
  }

  private record Row(
      String id,
      String name,
      CampaignStatus status,
      double holdoutShare,
      String spec,
      String source,
      Instant createdAt,
      Instant updatedAt) {
    static Row of(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
        throws SQLException {
      return new Row(
          rs.getString("id"),
          rs.getString("name"),
          CampaignStatus.parse(rs.getString("status")),
          rs.getDouble("holdout_share"),
          rs.getString("spec"),
          rs.getString("source"),
          Micros.toInstant(rs.getLong("created_at")),
          Micros.toInstant(rs.getLong("updated_at")));
    }
  }
}
