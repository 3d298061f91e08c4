package dev.tailor.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One open database: the connection pool, JDBI over it, its dialect, and the rules every repository
 * follows. Reads run on any pooled connection; writes run in one transaction each, and on SQLite
 * one at a time (a writer would only wait for the file lock anyway). Failures of the database
 * become {@link TailorException}s with {@link ErrorCode#STORE} that say what failed and where,
 * never with a password; exceptions thrown by callers' sinks pass through unchanged.
 */
public final class Database implements AutoCloseable {
  /** Rows fetched per round trip when streaming large results. */
  public static final int FETCH_SIZE = 1_000;

  private final DatabaseUrl url;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final WalCheckpointer checkpointer;

  /**
   * A database over {@code dataSource}; on SQLite it also starts the {@link WalCheckpointer} on a
   * connection of its own (the pool's connections never checkpoint: see {@link Pools}).
   */
  public Database(DatabaseUrl url, HikariDataSource dataSource) {
    this.url = url;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.checkpointer =
        url.dialect() == Dialect.SQLITE
            ? new WalCheckpointer(
                    dataSource.getDataSource(),
                    writeLock,
                    WalCheckpointer.INTERVAL_MS,
                    WalCheckpointer.RESET_FRAMES)
                .start()
            : null;
  }

  public Dialect dialect() {
    return url.dialect();
  }

  /** Where the data lives, without secrets. */
  public String description() {
    return url.description();
  }

  /** Runs {@code work} on a connection of its own; {@code what} names it in error messages. */
  public <R> R read(String what, HandleCallback<R, SQLException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException | SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs {@code work} in a read transaction, as streaming needs on PostgreSQL (a cursor only
   * fetches in batches inside a transaction) and as gives a consistent snapshot on both.
   */
  public <R> R stream(String what, HandleCallback<R, SQLException> work) {
    try {
      return jdbi.inTransaction(work);
    } catch (JdbiException | SQLException e) {
      throw failure(what, e);
    }
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
  public <R> R write(String what, HandleCallback<R, SQLException> work) {
    boolean serialize = dialect() == Dialect.SQLITE;
    if (serialize) {
      writeLock.lock();
    }
    try {
      return jdbi.inTransaction(work);
    } catch (JdbiException | SQLException e) {
      throw failure(what, e);
    } finally {
      if (serialize) {
        writeLock.unlock();
      }
    }
  }

  /** Work on a plain JDBC connection. */
  @FunctionalInterface
  public interface ConnectionWork<R> {
    R run(Connection connection) throws SQLException;
  }

  /**
   * Like {@link #write}, on a plain JDBC connection without a JDBI handle: for small, frequent
   * transactions (tracking hits) and hot batches (messages' plans and state changes), whose cost
   * the handle's setup and named binding would otherwise dominate.
   */
  public <R> R writeJdbc(String what, ConnectionWork<R> work) {
    boolean serialize = dialect() == Dialect.SQLITE;
    if (serialize) {
      writeLock.lock();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        R result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    } finally {
      if (serialize) {
        writeLock.unlock();
      }
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** A STORE failure of {@code what}, with the root cause's message and no secret. */
  public TailorException failure(String what, Exception e) {
    return Failures.store(url, what + " failed on " + url.description(), e);
  }

  @Override
  public void close() {
    if (checkpointer != null) {
      checkpointer.close();
    }
    dataSource.close();
  }
}
