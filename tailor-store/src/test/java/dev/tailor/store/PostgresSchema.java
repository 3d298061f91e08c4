package dev.tailor.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL schema for one test class, dropped after it. The server is the one at system
 * property {@code tailor.test.pg.url}. When it cannot be reached the class is skipped, unless
 * {@code tailor.test.postgres=required} (as in CI), in which case it fails.
 */
final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private String schema;

  static String serverUrl() {
    return System.getProperty("tailor.test.pg.url", DEFAULT_URL);
  }

  static boolean required() {
    return "required".equalsIgnoreCase(System.getProperty("tailor.test.postgres", "optional"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String name = "tailor_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at the URL in system property tailor.test.pg.url ("
              + e.getMessage()
              + ")";
      if (required()) {
        fail(message + "; tailor.test.postgres=required, so this fails", e);
      }
      Assumptions.abort(message + "; skipped (set -Dtailor.test.postgres=required to fail)");
    }
    schema = name;
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (schema != null) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** The server URL with {@code currentSchema} set to this class's schema. */
  String url() {
    String base = serverUrl();
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  String schema() {
    return schema;
  }

  /** Opens the store on this schema (migrating it the first time) and empties its tables. */
  JdbiStore openEmptyStore() {
    JdbiStore store = Stores.open(url());
    try {
      execute(
          "TRUNCATE "
              + schema
              + ".customers, "
              + schema
              + ".products, "
              + schema
              + ".events, "
              + schema
              + ".tracking_hits, "
              + schema
              + ".identities, "
              + schema
              + ".messages, "
              + schema
              + ".suppressions, "
              + schema
              + ".campaigns, "
              + schema
              + ".api_keys, "
              + schema
              + ".dashboard_users, "
              + schema
              + ".dashboard_sessions, "
              + schema
              + ".shop_settings RESTART IDENTITY CASCADE");
    } catch (SQLException e) {
      store.close();
      throw new IllegalStateException("cannot empty schema " + schema, e);
    }
    return store;
  }

  /** Runs {@code sql} on the server with this schema as the current one. */
  void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
