package dev.tailor.app.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * The campaign report scenario on PostgreSQL, in a fresh schema on the server at system property
 * {@code tailor.test.pg.url}; skipped when unreachable unless {@code
 * tailor.test.postgres=required}, in which case it fails.
 */
class CampaignReportPostgresIT extends CampaignReportScenario {
  private final PostgresSchemaForTests schema = new PostgresSchemaForTests();

  @Override
  String databaseUrl(Path dir) {
    return schema.create();
  }

  @AfterAll
  void dropSchema() {
    schema.drop();
  }
}
