package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.TrackingHitRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteTrackingHitRepositoryTest extends TrackingHitRepositoryContract {
  @TempDir Path dir;

  @Override
  protected Store newStore() {
    return Stores.open("jdbc:sqlite:" + dir.resolve("tailor.db"));
  }
}
