package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.IdentityRepositoryContract;

class InMemoryIdentityRepositoryTest extends IdentityRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
