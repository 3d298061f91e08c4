package dev.tailor.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's connections never checkpoint after a commit; the checkpointer keeps the log short.
 */
class WalCheckpointerTest {
  private static final int COMMITS = 3_000;
  private static final int RESET_FRAMES = 100;

  @TempDir Path dir;

  private HikariDataSource pool(String name) throws SQLException {
    HikariDataSource pool = Pools.open(DatabaseUrl.parse("jdbc:sqlite:" + dir.resolve(name)));
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (v BLOB)");
    }
    return pool;
  }

  /**
   * Commits {@link #COMMITS} single-row transactions of 3 KB each under {@code writeLock}, as the
   * store's writers do; returns the largest size of the log seen after a commit, in frames.
   */
  private long largestLog(HikariDataSource pool, Path db, ReentrantLock writeLock)
      throws Exception {
    Path wal = Path.of(db + "-wal");
    long largest = 0;
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      for (int i = 0; i < COMMITS; i++) {
        writeLock.lock();
        try {
          s.execute("INSERT INTO t VALUES (randomblob(3000))");
        } finally {
          writeLock.unlock();
        }
        largest = Math.max(largest, Files.size(wal));
        LockSupport.parkNanos(20_000); // a steady stream, not one thread hogging the machine
      }
    }
    return largest / (4_096 + 24);
  }

  private static int pragma(Connection c, String pragma) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void theStoresConnectionsLeaveCheckpointsToTheCheckpointerUnlessItFallsFarBehind()
      throws Exception {
    try (HikariDataSource pool = pool("a.db");
        Connection c = pool.getConnection()) {
      assertThat(pragma(c, "wal_autocheckpoint")).isEqualTo(WalCheckpointer.FALLBACK_FRAMES);
      assertThat(WalCheckpointer.FALLBACK_FRAMES).isGreaterThan(2 * WalCheckpointer.RESET_FRAMES);
      assertThat(pragma(c, "page_size")).isEqualTo(4_096);
    }
  }

  @Test
  void withoutTheCheckpointerTheLogGrowsWithEveryCommit() throws Exception {
    try (HikariDataSource pool = pool("b.db")) {
      assertThat(largestLog(pool, dir.resolve("b.db"), new ReentrantLock()))
          .isGreaterThanOrEqualTo(2 * COMMITS);
    }
  }

  @Test
  void theCheckpointerKeepsTheLogBoundedUnderASteadyStreamOfCommits() throws Exception {
    ReentrantLock writeLock = new ReentrantLock(true);
    try (HikariDataSource pool = pool("c.db")) {
      WalCheckpointer checkpointer =
          new WalCheckpointer(pool.getDataSource(), writeLock, 2, RESET_FRAMES).start();
      long largest;
      try {
        largest = largestLog(pool, dir.resolve("c.db"), writeLock);
      } finally {
        checkpointer.close();
      }
      // every commit writes two frames or more: unchecked, the log would hold over 2 * COMMITS
      assertThat(largest).isLessThan(COMMITS / 2);
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(COMMITS);
      }
    }
  }
}
