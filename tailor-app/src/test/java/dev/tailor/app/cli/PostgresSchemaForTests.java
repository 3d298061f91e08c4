package dev.tailor.app.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL schema on the server at system property {@code tailor.test.pg.url}; skipped
 * when unreachable unless {@code tailor.test.postgres=required}, in which case it fails.
 */
public final class PostgresSchemaForTests {
  private final String schema =
      "tailor_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  public static String serverUrl() {
    return System.getProperty(
        "tailor.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  }

  /** Creates the schema and returns a URL that uses it. */
  public String create() {
    try (Connection c = DriverManager.getConnection(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at tailor.test.pg.url (" + e.getMessage() + ")";
      if ("required".equalsIgnoreCase(System.getProperty("tailor.test.postgres", "optional"))) {
        fail(message + "; tailor.test.postgres=required, so this fails", e);
      }
      Assumptions.abort(message + "; skipped");
    }
    String base = serverUrl();
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public void drop() {
    try (Connection c = DriverManager.getConnection(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort: the schema name is unique, a leftover harms no other run
    }
  }
}
