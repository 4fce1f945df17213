package org.relance.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Telegram tables: the ids of updates already handled and the sender's outbox. Blocking JDBC:
 * call it from a dedicated dispatcher, never from an actor's thread. An update is marked handled in
 * the same transaction that records its replies, so a crash either keeps both or neither.
 *
 * <p>Outbox statuses: {@code pending} (to send), {@code sending} (a request may be on the wire;
 * found at start it means the outcome is unknown), {@code sent}, {@code failed}.
 */
public final class TelegramStore {

  /** One outbox row the sender still has to deliver. */
  public record OutboxEntry(long id, OutgoingMessage message, int unknownOutcomes) {}

  private final DataSource dataSource;
  private final ObjectMapper json;
  private final Clock clock;

  public TelegramStore(DataSource dataSource, ObjectMapper json, Clock clock) {
    this.dataSource = dataSource;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Forgets handled update ids older than {@code age}. Telegram keeps an update at most 24 hours,
   * so an old id cannot come again; and after a week without updates Telegram may start its ids
   * afresh, so remembering old ones could wrongly ignore a new update.
   */
  public int forgetUpdatesOlderThan(Duration age) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("DELETE FROM telegram_processed_update WHERE processed_at < ?")) {
      st.setTimestamp(1, Timestamp.from(clock.instant().minus(age)));
      return st.executeUpdate();
    } catch (SQLException e) {
      throw failure("forget old updates", e);
    }
  }

  public boolean isProcessed(long updateId) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT 1 FROM telegram_processed_update WHERE update_id = ?")) {
      st.setLong(1, updateId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("check update " + updateId, e);
    }
  }

  /**
   * Marks the update handled and puts its replies in the outbox, atomically. Returns false (and
   * records nothing) when the update was already handled.
   */
  public boolean commitUpdate(long updateId, List<OutgoingMessage> replies) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!insertProcessed(c, updateId)) {
          c.rollback();
          return false;
        }
        insertOutbox(c, replies, updateId);
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("record update " + updateId, e);
    }
  }

  /** Puts messages in the outbox (for messages not answering an update, e.g. a reminder). */
  public void enqueue(List<OutgoingMessage> messages) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      insertOutbox(c, messages, null);
      c.commit();
    } catch (SQLException e) {
      throw failure("record outgoing messages", e);
    }
  }

  /**
   * Puts messages in the outbox once for {@code onceKey} (table {@code telegram_outbox_once}): the key
   * and the messages are stored in one transaction. Returns false, storing nothing, when the key was
   * used before.
   */
  public boolean enqueueOnce(String onceKey, List<OutgoingMessage> messages) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement key = c.prepareStatement(
          "INSERT INTO telegram_outbox_once (once_key, queued_at) VALUES (?, ?)")) {
        key.setString(1, onceKey);
        key.setTimestamp(2, Timestamp.from(clock.instant()));
        key.executeUpdate();
        insertOutbox(c, messages, null);
        c.commit();
        return true;
      } catch (SQLException e) {
        c.rollback();
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failure("record outgoing messages once for " + onceKey, e);
    }
  }

  /**
   * At the sender's start: a row left {@code sending} had a request on the wire when the service
   * stopped, so its outcome is unknown; it goes back to {@code pending} with one more unknown
   * outcome. Returns every pending row in order.
   */
  public List<OutboxEntry> recoverPending() {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE telegram_outbox SET status = 'pending', unknown_outcomes = unknown_outcomes + 1 "
          + "WHERE status = 'sending'");
    } catch (SQLException e) {
      throw failure("recover the outbox", e);
    }
    return pendingAfter(0);
  }

  public List<OutboxEntry> pendingAfter(long id) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT id, payload, unknown_outcomes FROM telegram_outbox "
             + "WHERE status = 'pending' AND id > ? ORDER BY id")) {
      st.setLong(1, id);
      List<OutboxEntry> entries = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          entries.add(new OutboxEntry(rs.getLong(1), json.readValue(rs.getString(2), OutgoingMessage.class),
              rs.getInt(3)));
        }
      }
      return entries;
    } catch (SQLException | JsonProcessingException e) {
      throw failure("read the outbox", e);
    }
  }

  public void markSending(long id) {
    update("UPDATE telegram_outbox SET status = 'sending' WHERE id = ?", id);
  }

  public void markSent(long id, long telegramMessageId, boolean possibleDuplicate) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("UPDATE telegram_outbox SET status = 'sent', "
             + "telegram_message_id = ?, possible_duplicate = ?, sent_at = ? WHERE id = ?")) {
      st.setLong(1, telegramMessageId);
      st.setBoolean(2, possibleDuplicate);
      st.setTimestamp(3, Timestamp.from(clock.instant()));
      st.setLong(4, id);
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark message " + id + " sent", e);
    }
  }

  /** Back to pending: not sent ({@code unknownOutcome} false) or perhaps sent (true). */
  public void markPending(long id, boolean unknownOutcome) {
    update(unknownOutcome
        ? "UPDATE telegram_outbox SET status = 'pending', unknown_outcomes = unknown_outcomes + 1 WHERE id = ?"
        : "UPDATE telegram_outbox SET status = 'pending' WHERE id = ?", id);
  }

  public void markFailed(long id, String reason) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("UPDATE telegram_outbox SET status = 'failed', error = ? WHERE id = ?")) {
      st.setString(1, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
      st.setLong(2, id);
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark message " + id + " failed", e);
    }
  }

  /** How many messages wait to be sent or are being sent, over every chat (the outbox's depth). */
  public long depth() {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT COUNT(*) FROM telegram_outbox WHERE status IN ('pending', 'sending')");
         ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("count the outbox", e);
    }
  }

  /** How many messages to a chat are in each state, plus {@code possible_duplicate}: for checks and the admin. */
  public Map<String, Integer> summary(String chatId) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT status, possible_duplicate, COUNT(*) FROM telegram_outbox "
             + "WHERE chat_id = ? GROUP BY status, possible_duplicate")) {
      st.setString(1, chatId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          counts.merge(rs.getString(1), rs.getInt(3), Integer::sum);
          if (rs.getBoolean(2)) {
            counts.merge("possible_duplicate", rs.getInt(3), Integer::sum);
          }
        }
      }
      return counts;
    } catch (SQLException e) {
      throw failure("summarise the outbox", e);
    }
  }

  private boolean insertProcessed(Connection c, long updateId) throws SQLException {
    try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM telegram_processed_update WHERE update_id = ?")) {
      check.setLong(1, updateId);
      try (ResultSet rs = check.executeQuery()) {
        if (rs.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO telegram_processed_update (update_id, processed_at) VALUES (?, ?)")) {
      st.setLong(1, updateId);
      st.setTimestamp(2, Timestamp.from(clock.instant()));
      st.executeUpdate();
      return true;
    }
  }

  /** Queues messages; {@code updateId} names the update they answer, null for a message of the service's own. */
  private void insertOutbox(Connection c, List<OutgoingMessage> messages, Long updateId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO telegram_outbox "
        + "(chat_id, case_id, payload, status, created_at, update_id) VALUES (?, ?, ?, 'pending', ?, ?)")) {
      for (OutgoingMessage message : messages) {
        st.setString(1, message.chatId());
        st.setString(2, message.caseId());
        st.setString(3, json.writeValueAsString(message));
        st.setTimestamp(4, Timestamp.from(clock.instant()));
        st.setObject(5, updateId, Types.BIGINT);
        st.addBatch();
      }
      st.executeBatch();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("An outgoing message cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  private void update(String sql, long id) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, id);
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure("update outbox row " + id, e);
    }
  }

  private static IllegalStateException failure(String what, Exception e) {
    return new IllegalStateException("Telegram store: cannot " + what + ": " + e.getMessage(), e);
  }
}
