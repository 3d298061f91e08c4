package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.IdentityRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIdentityRepositoryIT extends IdentityRepositoryContract {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Override
  protected Store newStore() {
    return PG.openEmptyStore();
  }
}
