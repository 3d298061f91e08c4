package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.AccessRepositoryContract;

class InMemoryAccessRepositoryTest extends AccessRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
