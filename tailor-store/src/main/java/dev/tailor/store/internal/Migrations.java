package dev.tailor.store.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway. Each dialect has its own folder of migrations, {@code
 * db/migration/sqlite} and {@code db/migration/postgresql}, versioned alike.
 */
public final class Migrations {
  private Migrations() {}

  /** Applies the pending migrations; a schema already up to date is left alone. */
  public static void apply(DatabaseUrl url, DataSource dataSource) {
    try {
      Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:db/migration/" + url.dialect().id())
          .table("tailor_schema_history")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw Failures.store(url, "cannot migrate the schema of " + url.description(), e);
    }
  }
}
