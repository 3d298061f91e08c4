package dev.tailor.store.campaign;

import dev.tailor.core.campaign.Message;
import dev.tailor.core.campaign.MessageState;
import dev.tailor.core.campaign.MessageUpdate;
import dev.tailor.store.internal.Columns;
import dev.tailor.store.internal.Micros;
import dev.tailor.store.internal.NamedQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans messages and changes their states with plain JDBC, the writes of every chunk a campaign
 * sends (three per 256 messages): a JDBI batch bound each of the ~10 parameters of a row by name
 * through its argument factories, which cost about as much as the statements themselves. One
 * prepared batch per statement, positional parameters in the order {@code messages.sql} lists; the
 * per-row update counts say which rows were new or which compare-and-sets won.
 */
final class MessageWriter {
  private final String plan;
  private final String transition;
  private final String recordDecision;

  MessageWriter(NamedQueries sql) {
    this.plan = sql.get("plan");
    this.transition = sql.get("transition");
    this.recordDecision = sql.get("record-decision");
  }

  /** Stores the messages (distinct ids) not stored yet and their decisions; how many were new. */
  int plan(Connection c, List<Message> batch) throws SQLException {
    int[] counts;
    try (PreparedStatement s = c.prepareStatement(plan)) {
      for (Message m : batch) {
        s.setString(1, m.id());
        s.setString(2, m.campaignId());
        s.setString(3, m.customerId());
        s.setString(4, m.variant());
        s.setBoolean(5, m.holdout());
        s.setString(6, m.state().wireName());
        s.setLong(7, Micros.of(m.sendAt()));
        Columns.setText(s, 8, m.subject());
        Columns.setText(s, 9, m.transportId());
        Columns.setText(s, 10, m.detail());
        s.setLong(11, Micros.of(m.createdAt()));
        s.setLong(12, Micros.of(m.updatedAt()));
        Long sentAt = Micros.ofNullable(m.sentAt());
        if (sentAt == null) {
          s.setNull(13, Types.BIGINT);
        } else {
          s.setLong(13, sentAt);
        }
        s.addBatch();
      }
      counts = s.executeBatch();
    }
    int stored = 0;
    List<String[]> decisions = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        stored++;
        Message m = batch.get(i);
        m.decision().ifPresent(d -> decisions.add(new String[] {m.id(), d}));
      }
    }
    recordDecisions(c, decisions);
    return stored;
  }

  /**
   * Applies each update whose message is still in its expected state, recording the decision that
   * comes with a winning one; the ids of the messages that moved.
   */
  Set<String> transition(Connection c, List<MessageUpdate> batch) throws SQLException {
    int[] counts;
    try (PreparedStatement s = c.prepareStatement(transition)) {
      for (MessageUpdate u : batch) {
        long at = Micros.of(u.at());
        s.setString(1, u.next().wireName());
        s.setLong(2, at);
        Columns.setText(s, 3, u.subject());
        Columns.setText(s, 4, u.transportId());
        Columns.setText(s, 5, u.detail());
        s.setBoolean(6, u.next() == MessageState.SENT);
        s.setLong(7, at);
        s.setString(8, u.messageId());
        s.setString(9, u.expected().wireName());
        s.addBatch();
      }
      counts = s.executeBatch();
    }
    Set<String> moved = new HashSet<>();
    List<String[]> decisions = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        MessageUpdate u = batch.get(i);
        moved.add(u.messageId());
        u.decision().ifPresent(d -> decisions.add(new String[] {u.messageId(), d}));
      }
    }
    recordDecisions(c, decisions);
    return moved;
  }

  /** Records each (message id, decision) pair; prepares nothing when there is none. */
  private void recordDecisions(Connection c, List<String[]> decisions) throws SQLException {
    if (decisions.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(recordDecision)) {
      for (String[] d : decisions) {
        s.setString(1, d[0]);
        s.setString(2, d[1]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
