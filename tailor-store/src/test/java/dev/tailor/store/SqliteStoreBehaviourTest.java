package dev.tailor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreBehaviourTest extends JdbiStoreBehaviour {
  @TempDir Path dir;

  @Override
  String url() {
    return "jdbc:sqlite:" + dir.resolve("tailor.db");
  }

  @Override
  void refuse(String table, String column, String value) throws Exception {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TRIGGER refuse_"
              + table
              + " BEFORE INSERT ON "
              + table
              + " WHEN NEW."
              + column
              + " = '"
              + value
              + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    }
  }

  @Test
  void openingCreatesTheMissingFoldersOfTheFile() {
    Path file = dir.resolve("a/b/c/tailor.db");
    try (JdbiStore store = Stores.open("jdbc:sqlite:" + file)) {
      assertThat(store.describe()).isEqualTo("sqlite:" + file);
    }
    assertThat(file).isRegularFile();
  }

  @Test
  void everyConnectionUsesWalNormalSyncABusyTimeoutAndForeignKeys() {
    try (JdbiStore store = Stores.open(url())) {
      String settings =
          store
              .database()
              .read(
                  "test",
                  h ->
                      h.createQuery(
                              "SELECT (SELECT journal_mode FROM pragma_journal_mode) || ','"
                                  + " || (SELECT synchronous FROM pragma_synchronous) || ','"
                                  + " || (SELECT timeout FROM pragma_busy_timeout) || ','"
                                  + " || (SELECT foreign_keys FROM pragma_foreign_keys)")
                          .mapTo(String.class)
                          .one());
      assertThat(settings).isEqualTo("wal,1,10000,1");
    }
  }

  @Test
  void aFileUrlWithParametersIsAccepted() throws Exception {
    Path file = dir.resolve("params.db");
    try (JdbiStore store = Stores.open("jdbc:sqlite:file:" + file + "?cache=private")) {
      assertThat(store.describe()).isEqualTo("sqlite:" + file);
      assertThat(store.customers().count()).isZero();
    }
    assertThat(Files.size(file)).isPositive();
  }
}
