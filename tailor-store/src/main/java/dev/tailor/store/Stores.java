package dev.tailor.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import dev.tailor.store.internal.Database;
import dev.tailor.store.internal.DatabaseUrl;
import dev.tailor.store.internal.Migrations;
import dev.tailor.store.internal.Pools;

/** Opens stores from JDBC URLs. */
public final class Stores {
  /** The URL of the embedded store when none is configured. */
  public static final String DEFAULT_URL = "jdbc:sqlite:./tailor-data/tailor.db";

  private Stores() {}

  /**
   * Opens the store at {@code jdbcUrl} and applies pending schema migrations.
   *
   * <ul>
   *   <li>{@code jdbc:sqlite:<file>}: the file and its folder are created if missing; WAL journal,
   *       {@code synchronous=NORMAL}, a busy timeout and foreign keys are set on every connection;
   *       a thread of the store checkpoints the WAL, so that commits need not.
   *   <li>{@code jdbc:postgresql://host[:port]/database[?user=..&password=..&currentSchema=..]}.
   * </ul>
   *
   * @throws TailorException with {@link ErrorCode#CONFIG} for any other URL (the message names the
   *     scheme only), with {@link ErrorCode#STORE} when the database cannot be reached or migrated
   *     (the message never contains a password)
   */
  public static JdbiStore open(String jdbcUrl) {
    DatabaseUrl url = DatabaseUrl.parse(jdbcUrl);
    HikariDataSource pool = Pools.open(url);
    try {
      Migrations.apply(url, pool);
      return new JdbiStore(new Database(url, pool));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }
}
