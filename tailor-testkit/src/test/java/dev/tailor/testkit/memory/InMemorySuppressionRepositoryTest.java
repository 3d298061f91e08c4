package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.SuppressionRepositoryContract;

class InMemorySuppressionRepositoryTest extends SuppressionRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
