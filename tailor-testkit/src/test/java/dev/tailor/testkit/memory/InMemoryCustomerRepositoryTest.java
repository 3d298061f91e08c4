package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.CustomerRepositoryContract;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
