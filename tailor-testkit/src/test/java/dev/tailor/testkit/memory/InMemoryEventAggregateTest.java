package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.EventAggregateContract;

class InMemoryEventAggregateTest extends EventAggregateContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
