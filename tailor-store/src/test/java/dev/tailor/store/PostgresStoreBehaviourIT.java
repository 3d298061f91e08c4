package dev.tailor.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStoreBehaviourIT extends JdbiStoreBehaviour {
  @RegisterExtension static final PostgresSchema PG = new PostgresSchema();

  @BeforeEach
  void emptyTheSchema() throws Exception {
    PG.execute("DROP SCHEMA " + PG.schema() + " CASCADE");
    PG.execute("CREATE SCHEMA " + PG.schema());
  }

  @Override
  String url() {
    return PG.url();
  }

  @Override
  void refuse(String table, String column, String value) throws Exception {
    PG.execute(
        "CREATE FUNCTION refuse_"
            + table
            + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."
            + column
            + " = '"
            + value
            + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$");
    PG.execute(
        "CREATE TRIGGER refuse_"
            + table
            + " BEFORE INSERT ON "
            + table
            + " FOR EACH ROW EXECUTE FUNCTION refuse_"
            + table
            + "()");
  }

  @Test
  void describeNamesHostDatabaseAndSchema() {
    try (JdbiStore store = Stores.open(url())) {
      assertThat(store.describe())
          .startsWith("postgresql://")
          .endsWith("?currentSchema=" + PG.schema());
    }
  }
}
