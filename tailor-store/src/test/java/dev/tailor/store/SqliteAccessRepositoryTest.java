package dev.tailor.store;

import dev.tailor.core.store.Store;
import dev.tailor.testkit.contract.AccessRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccessRepositoryTest extends AccessRepositoryContract {
  @TempDir Path dir;

  @Override
  protected Store newStore() {
    return Stores.open("jdbc:sqlite:" + dir.resolve("tailor.db"));
  }
}
