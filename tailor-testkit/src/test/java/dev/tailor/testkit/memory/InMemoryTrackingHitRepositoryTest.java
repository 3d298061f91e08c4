package dev.tailor.testkit.memory;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.TrackingHitRepositoryContract;

class InMemoryTrackingHitRepositoryTest extends TrackingHitRepositoryContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
