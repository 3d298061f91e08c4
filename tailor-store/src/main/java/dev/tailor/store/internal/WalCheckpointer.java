package dev.tailor.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Checkpoints a SQLite store's write-ahead log on a thread and connection of its own, so that no
 * committing thread copies pages into the database file or waits for its sync. (The store's
 * connections checkpoint after a commit only once the log holds {@link #FALLBACK_FRAMES}, which
 * this thread normally never lets it reach.)
 *
 * <p>Every {@link #INTERVAL_MS} milliseconds it runs a passive checkpoint, which copies what it can
 * beside the writers and never blocks them. Under a steady stream of commits a passive checkpoint
 * can fall just behind the last commit each time, and the log only starts over from its beginning
 * once every frame is copied; so when the log holds {@link #RESET_FRAMES} frames or more, the
 * checkpointer then takes the store's write lock for one more passive checkpoint of the few frames
 * committed meanwhile. The next commit then writes the log from its start again, which keeps it
 * bounded to about that many frames plus what one interval commits (unless a reader holds an old
 * snapshot all along, as with automatic checkpoints).
 */
final class WalCheckpointer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(WalCheckpointer.class.getName());

  /** How often the log is checkpointed. */
  static final long INTERVAL_MS = 100;

  /** Frames (pages) in the log from which a checkpoint also copies the last commits. */
  static final int RESET_FRAMES = 4_096;

  /**
   * Frames in the log from which a commit checkpoints it itself ({@code wal_autocheckpoint}), as a
   * fallback should this thread fall behind, e.g. starved of CPU.
   */
  static final int FALLBACK_FRAMES = 10_000;

  private final DataSource source;
  private final ReentrantLock writeLock;
  private final long intervalMs;
  private final int resetFrames;
  private final Thread thread;
  private volatile boolean closed;

  WalCheckpointer(DataSource source, ReentrantLock writeLock, long intervalMs, int resetFrames) {
    this.source = source;
    this.writeLock = writeLock;
    this.intervalMs = intervalMs;
    this.resetFrames = resetFrames;
    this.thread = new Thread(this::run, "tailor-sqlite-checkpoint");
    thread.setDaemon(true);
  }

  /** Starts checkpointing. */
  WalCheckpointer start() {
    thread.start();
    return this;
  }

  private void run() {
    while (!closed) {
      try (Connection c = source.getConnection();
          Statement s = c.createStatement()) {
        while (!closed) {
          checkpoint(s);
          TimeUnit.MILLISECONDS.sleep(intervalMs);
        }
      } catch (InterruptedException e) {
        return;
      } catch (SQLException | RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING, "checkpointing the SQLite log failed, trying again: " + e);
        if (!pause()) {
          return;
        }
      }
    }
  }

  /** One passive checkpoint, and one more under the write lock if the log has grown long. */
  void checkpoint(Statement s) throws SQLException {
    if (passive(s) >= resetFrames) {
      writeLock.lock();
      try {
        passive(s);
      } finally {
        writeLock.unlock();
      }
    }
  }

  /** Runs a passive checkpoint; returns the frames in the log. */
  private static int passive(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
      return r.next() ? r.getInt(2) : 0;
    }
  }

  private boolean pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(Math.max(intervalMs, 1_000));
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** Stops the thread after its current checkpoint; the last connection to close checkpoints. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
