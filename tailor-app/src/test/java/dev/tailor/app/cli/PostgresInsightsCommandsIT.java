package dev.tailor.app.cli;

import java.nio.file.Path;

/** The off-policy estimate and the ROI report on PostgreSQL. */
class PostgresInsightsCommandsIT extends InsightsCommandsTest {
  private final PostgresSchemaForTests schema = new PostgresSchemaForTests();

  @Override
  String storeUrl(Path folder) {
    return schema.create();
  }

  @Override
  void cleanUp() {
    schema.drop();
  }
}
