package dev.tailor.app.serve;

import java.nio.file.Path;

class SqliteApiTest extends ApiSuite {
  @Override
  String storeUrl(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("tailor.db");
  }
}
