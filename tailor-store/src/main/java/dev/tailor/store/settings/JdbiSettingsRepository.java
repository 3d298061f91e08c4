package dev.tailor.store.settings;

import dev.tailor.core.settings.SettingsRepository;
import dev.tailor.core.settings.ShopSettings;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shop's settings in the {@code shop_settings} table, one row per setting that has a value; SQL
 * in {@code settings.sql}. A save replaces every row in one transaction.
 */
public final class JdbiSettingsRepository implements SettingsRepository {
  private final Database db;
  private final NamedQueries sql;

  public JdbiSettingsRepository(Database db) {
    this.db = db;
    this.sql = NamedQueries.load(JdbiSettingsRepository.class, "settings.sql", db.dialect());
  }

  @Override
  public ShopSettings get() {
    Map<String, String> rows =
        db.read(
            "reading the shop's settings",
            h -> {
              Map<String, String> m = new HashMap<>();
              h.createQuery(sql.get("all"))
                  .map((rs, c) -> Map.entry(rs.getString("name"), rs.getString("value")))
                  .forEach(e -> m.put(e.getKey(), e.getValue()));
              return m;
            });
    return new ShopSettings(
        Optional.ofNullable(rows.get("sender_name")),
        Optional.ofNullable(rows.get("sender_address")),
        Optional.ofNullable(rows.get("reply_to")),
        Optional.ofNullable(rows.get("postal_address")),
        Optional.ofNullable(rows.get("tracking_base_url")));
  }

  @Override
  public void save(ShopSettings settings, Instant at) {
    Map<String, Optional<String>> rows = new LinkedHashMap<>();
    rows.put("sender_name", settings.senderName());
    rows.put("sender_address", settings.senderAddress());
    rows.put("reply_to", settings.replyTo());
    rows.put("postal_address", settings.postalAddress());
    rows.put("tracking_base_url", settings.trackingBaseUrl());
    db.write(
        "saving the shop's settings",
        h -> {
          h.createUpdate(sql.get("clear")).execute();
          for (var e : rows.entrySet()) {
            if (e.getValue().isPresent()) {
              h.createUpdate(sql.get("put"))
                  .bind("name", e.getKey())
                  .bind("value", e.getValue().get())
                  .bind("updatedAt", Micros.of(at))
                  .execute();
            }
          }
          return null;
        });
  }
}
