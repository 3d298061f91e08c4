package dev.tailor.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Connection pools for each dialect, with the settings the store relies on. */
public final class Pools {
  /** Connections per SQLite store: one writer at a time, a few readers beside it (WAL). */
  static final int SQLITE_CONNECTIONS = 4;

  /** Connections per PostgreSQL store. */
  static final int POSTGRESQL_CONNECTIONS = 8;

  /** How long SQLite waits for another process's lock before failing, in milliseconds. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

  private Pools() {}

  /** Opens a pool on {@code url}, failing with STORE if no connection can be made. */
  public static HikariDataSource open(DatabaseUrl url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("tailor-" + url.dialect().id());
    config.setConnectionTimeout(30_000);
    config.setInitializationFailTimeout(1);
    if (url.dialect() == Dialect.SQLITE) {
      createParentFolder(url.sqliteFile().orElseThrow());
      config.setDataSource(sqlite(url.jdbcUrl()));
      config.setMaximumPoolSize(SQLITE_CONNECTIONS);
    } else {
      config.setJdbcUrl(url.jdbcUrl());
      config.setMaximumPoolSize(POSTGRESQL_CONNECTIONS);
      config.addDataSourceProperty("ApplicationName", "tailor");
    }
    config.setMinimumIdle(1);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw Failures.store(url, "cannot open the store " + url.description(), e);
    }
  }

  private static SQLiteDataSource sqlite(String jdbcUrl) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setCacheSize(-65_536); // KiB: 64 MiB of page cache per connection
    // The store's WalCheckpointer checkpoints the log on a thread of its own, so that no commit
    // waits for pages copied into the database file; a commit still checkpoints once the log holds
    // 10,000 pages (40 MiB), should that thread fall behind.
    config.setWalAutocheckpoint(WalCheckpointer.FALLBACK_FRAMES);
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L << 20));
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(jdbcUrl);
    return dataSource;
  }

  private static void createParentFolder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || Files.isDirectory(parent)) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new TailorException(
          ErrorCode.STORE, "cannot create the folder " + parent + " for the SQLite store", e);
    }
  }
}
