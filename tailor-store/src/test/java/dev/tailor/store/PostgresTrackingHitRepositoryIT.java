package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.TrackingHitRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTrackingHitRepositoryIT extends TrackingHitRepositoryContract {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Override
  protected Store newStore() {
    return PG.openEmptyStore();
  }
}
