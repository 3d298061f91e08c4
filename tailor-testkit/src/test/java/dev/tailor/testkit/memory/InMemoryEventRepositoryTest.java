package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.EventRepositoryContract;

class InMemoryEventRepositoryTest extends EventRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
