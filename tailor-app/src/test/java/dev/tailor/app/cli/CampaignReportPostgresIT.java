package dev.tailor.app.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The campaign report scenario on PostgreSQL, in a fresh schema on the server at system property
 * {@code tailor.test.pg.url}; skipped when unreachable unless {@code
 * tailor.test.postgres=required}, in which case it fails.
 */
class CampaignReportPostgresIT extends CampaignReportScenario {
  private final String schema =
      "tailor_report_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  private static String serverUrl() {
    return System.getProperty(
        "tailor.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  }

  @Override
  String databaseUrl(Path dir) {
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

  @AfterAll
  void dropSchema() {
    try (Connection c = DriverManager.getConnection(serverUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // best effort: the name is unique, a leftover schema harms no other run
    }
  }
}
