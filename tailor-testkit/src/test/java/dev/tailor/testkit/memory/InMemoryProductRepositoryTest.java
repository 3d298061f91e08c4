package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.ProductRepositoryContract;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
