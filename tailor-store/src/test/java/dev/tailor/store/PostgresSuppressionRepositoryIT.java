package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.SuppressionRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSuppressionRepositoryIT extends SuppressionRepositoryContract {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Override
  protected Store newStore() {
    return PG.openEmptyStore();
  }
}
