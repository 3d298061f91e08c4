package dev.tailor.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.core.TailorException;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {
  @Test
  void queriesAreSplitAtNameLinesAndDialectVariantsWin() {
    NamedQueries sqlite = NamedQueries.load(NamedQueriesTest.class, "sample.sql", Dialect.SQLITE);
    NamedQueries pg = NamedQueries.load(NamedQueriesTest.class, "sample.sql", Dialect.POSTGRESQL);
    assertThat(sqlite.get("first")).isEqualTo("SELECT 1");
    assertThat(sqlite.get("second")).isEqualTo("-- a comment stays\nSELECT 2\nFROM t");
    assertThat(pg.get("second")).isEqualTo("SELECT 'pg'");
    assertThat(pg.get("first")).isEqualTo("SELECT 1");
  }

  @Test
  void anUnknownNameOrFileFailsLoudly() {
    NamedQueries sql = NamedQueries.load(NamedQueriesTest.class, "sample.sql", Dialect.SQLITE);
    assertThatThrownBy(() -> sql.get("third")).isInstanceOf(TailorException.class);
    assertThatThrownBy(() -> NamedQueries.load(NamedQueriesTest.class, "nope.sql", Dialect.SQLITE))
        .isInstanceOf(TailorException.class);
  }
}
