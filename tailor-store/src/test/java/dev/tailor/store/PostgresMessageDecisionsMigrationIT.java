package dev.tailor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMessageDecisionsMigrationIT {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Test
  void decisionsStoredBeforeTheirOwnTableReadBackWithTheirMessagesAfterIt() throws Exception {
    MessageDecisionsMigration.checkFrom(PG.url(), "postgresql");
  }
}
