package dev.tailor.app.cli;

import java.nio.file.Path;

/** The campaign report scenario on SQLite, the embedded default. */
class CampaignReportCommandTest extends CampaignReportScenario {
  @Override
  String databaseUrl(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("t.db");
  }
}
