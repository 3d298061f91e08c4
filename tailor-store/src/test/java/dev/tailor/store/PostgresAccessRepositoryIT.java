package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.AccessRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAccessRepositoryIT extends AccessRepositoryContract {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Override
  protected Store newStore() {
    return PG.openEmptyStore();
  }
}
