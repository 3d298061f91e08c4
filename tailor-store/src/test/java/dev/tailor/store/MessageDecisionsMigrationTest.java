package dev.tailor.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageDecisionsMigrationTest {
  @TempDir Path dir;

  @Test
  void decisionsStoredBeforeTheirOwnTableReadBackWithTheirMessagesAfterIt() throws Exception {
    MessageDecisionsMigration.checkFrom("jdbc:sqlite:" + dir.resolve("tailor.db"), "sqlite");
  }
}
