package dev.tailor.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void anSqliteUrlNamesItsFile() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:./tailor-data/tailor.db");
    assertThat(url.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(url.description()).isEqualTo("sqlite:./tailor-data/tailor.db");
    assertThat(url.sqliteFile()).contains(Path.of("./tailor-data/tailor.db"));
  }

  @Test
  void anSqliteFileUrlDropsTheFilePrefixAndParameters() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:sqlite:file:/var/lib/tailor/t.db?cache=private");
    assertThat(url.description()).isEqualTo("sqlite:/var/lib/tailor/t.db");
  }

  @Test
  void aPostgresDescriptionKeepsHostDatabaseAndSchemaButNoCredentials() {
    DatabaseUrl url =
        DatabaseUrl.parse(
            "jdbc:postgresql://db.example:5432/shop?user=tailor&password=s%40cret&currentSchema=t1&ssl=true");
    assertThat(url.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(url.description()).isEqualTo("postgresql://db.example:5432/shop?currentSchema=t1");
    assertThat(url.redact("auth failed for s%40cret or s@cret"))
        .isEqualTo("auth failed for *** or ***");
    assertThat(url.reveals("s@cret")).isTrue();
  }

  @Test
  void userInfoInAPostgresUrlIsHiddenToo() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://tailor:hunter2@db.example/shop");
    assertThat(url.description()).isEqualTo("postgresql://db.example/shop");
    assertThat(url.redact("hunter2")).isEqualTo("***");
  }

  @Test
  void theSchemeIsRecognisedWhateverItsCase() {
    assertThat(DatabaseUrl.parse("JDBC:SQLite:x.db").dialect()).isEqualTo(Dialect.SQLITE);
  }
}
