package dev.tailor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tailor.core.ErrorCode;
import dev.tailor.core.TailorException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
  @TempDir Path dir;

  private static TailorException openFailure(String url) {
    return catchThrowableOfType(TailorException.class, () -> Stores.open(url).close());
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void anUnsupportedSchemeIsAConfigErrorNamingOnlyTheScheme() {
    TailorException e = openFailure("jdbc:mysql://db.example/shop?user=u&password=hunter2");
    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
    assertThat(e.getMessage()).contains("'jdbc:mysql'").doesNotContain("hunter2");
  }

  @Test
  void aUrlWithoutJdbcPrefixIsAConfigError() {
    TailorException e = openFailure("postgres://u:hunter2@db.example/shop");
    assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
    assertThat(e.getMessage()).contains("'postgres'").doesNotContain("hunter2");
  }

  @Test
  void anEmptyUrlIsAConfigError() {
    assertThat(openFailure("  ").code()).isEqualTo(ErrorCode.CONFIG);
    assertThat(openFailure(null).code()).isEqualTo(ErrorCode.CONFIG);
  }

  @Test
  void anInMemorySqliteUrlIsAConfigError() {
    assertThat(openFailure("jdbc:sqlite::memory:").code()).isEqualTo(ErrorCode.CONFIG);
    assertThat(openFailure("jdbc:sqlite:").code()).isEqualTo(ErrorCode.CONFIG);
  }

  @Test
  void anUnreachablePostgresIsAStoreErrorThatNeverPrintsThePassword() {
    TailorException e =
        openFailure("jdbc:postgresql://127.0.0.1:1/shop?user=tailor&password=hunter2");
    assertThat(e.code()).isEqualTo(ErrorCode.STORE);
    assertThat(e.getMessage()).contains("postgresql://127.0.0.1:1/shop");
    assertThat(stackTrace(e)).doesNotContain("hunter2");
  }

  @Test
  void aSqliteFileThatCannotBeCreatedIsAStoreError() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    TailorException e = openFailure("jdbc:sqlite:" + blocker.resolve("tailor.db"));
    assertThat(e.code()).isEqualTo(ErrorCode.STORE);
  }

  @Test
  void theDefaultUrlIsAnSqliteFileUnderTailorData() {
    assertThat(Stores.DEFAULT_URL).isEqualTo("jdbc:sqlite:./tailor-data/tailor.db");
  }
}
