package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.MessageRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMessageRepositoryIT extends MessageRepositoryContract {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Override
  protected Store newStore() {
    return PG.openEmptyStore();
  }
}
