package dev.tailor.app.serve;

import dev.tailor.app.cli.PostgresSchemaForTests;
import java.nio.file.Path;

class PostgresTrackingIT extends TrackingScenario {
  private final PostgresSchemaForTests schema = new PostgresSchemaForTests();

  @Override
  String storeUrl(Path dir) {
    return schema.create();
  }

  @Override
  void cleanUp() {
    schema.drop();
  }
}
