package dev.tailor.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Migration V7 on a schema that holds messages from before it: each stored decision moves to {@code
 * message_decisions} and reads back with its message, before and after state changes.
 */
final class MessageDecisionsMigration {
  private MessageDecisionsMigration() {}

  static void checkFrom(String url, String dialectFolder) throws SQLException {
    Flyway.configure(MessageDecisionsMigration.class.getClassLoader())
        .dataSource(url, null, null)
        .locations("classpath:db/migration/" + dialectFolder)
        .table("tailor_schema_history")
        .target("5")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO messages (id, campaign_id, customer_id, variant, holdout, state,"
                    + " send_at, decision, created_at, updated_at) VALUES (?, 'w', ?, 'ai', ?,"
                    + " 'planned', 0, ?, 0, 0)")) {
      insert.setString(1, "m1");
      insert.setString(2, "c1");
      insert.setBoolean(3, false);
      insert.setString(4, "{\"slots\":[{\"slot\":\"a\"}]}");
      insert.executeUpdate();
      insert.setString(1, "m2");
      insert.setString(2, "c2");
      insert.setBoolean(3, true);
      insert.setString(4, null);
      insert.executeUpdate();
    }
    try (JdbiStore store = Stores.open(url)) {
      Message m1 = store.messages().findById("m1").orElseThrow();
      assertThat(m1.decision()).contains("{\"slots\":[{\"slot\":\"a\"}]}");
      assertThat(m1.state()).isEqualTo(MessageState.PLANNED);
      assertThat(store.messages().findById("m2").orElseThrow().decision()).isEmpty();
      Instant at = Instant.ofEpochSecond(60);
      assertThat(
              store
                  .messages()
                  .transition(
                      List.of(
                          MessageUpdate.of("m1", MessageState.PLANNED, MessageState.SENDING, at))))
          .containsExactly("m1");
      assertThat(store.messages().findById("m1").orElseThrow().decision()).isEqualTo(m1.decision());
    }
  }
}
