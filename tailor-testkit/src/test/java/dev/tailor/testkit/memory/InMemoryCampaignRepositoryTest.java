package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.CampaignRepositoryContract;

class InMemoryCampaignRepositoryTest extends CampaignRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
