package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.CampaignRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCampaignRepositoryIT extends CampaignRepositoryContract {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @Override
  protected Store newStore() {
    return PG.openEmptyStore();
  }
}
