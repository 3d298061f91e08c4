package dev.tailor.app.serve;

import java.nio.file.Path;

class SqliteTrackingTest extends TrackingScenario {
  @Override
  String storeUrl(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("tailor.db");
  }
}
