package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.MessageRepositoryContract;

class InMemoryMessageRepositoryTest extends MessageRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
