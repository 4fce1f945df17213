package org.relance.privacy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows outside the journal that hold a case's debtor: the stored letters' PDFs, the Telegram
 * outbox, the debtor's chats and conversation, the invitations they used; and the audit log of
 * exports and erasures ({@code relance_privacy_audit}: what, which case, who, why, when); the
 * retention notices given ({@code relance_retention_notice}). Blocking.
 */
final class PrivacyStore {

  /** What the audit log records. */
  enum Action { EXPORT, ERASE, RETENTION_NOTICE, RETENTION_ERASE }

  private final DataSource dataSource;
  private final Clock clock;

  PrivacyStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The chats bound to the case, the debtor's. */
  List<String> chatIds(String caseId) {
    return column("SELECT chat_id FROM relance_debtor_chat WHERE case_id = ? ORDER BY bound_at", caseId);
  }

  /** What else is kept on the case's debtor: chats bound and letters stored (the PDFs themselves left out). */
  Map<String, Object> heldBeside(String caseId) {
    Map<String, Object> held = new LinkedHashMap<>();
    held.put("chats", rows("SELECT chat_id, language, bound_at, verified_at, last_exchange_at FROM relance_debtor_chat "
        + "WHERE case_id = ?", caseId));
    held.put("letters", rows("SELECT stage, issued_on, language, sha256, stored_at FROM relance_letter WHERE case_id = ?",
        caseId));
    held.put("telegramOutbox", rows("SELECT chat_id, payload, status, created_at, sent_at FROM telegram_outbox "
        + "WHERE case_id = ?", caseId));
    held.put("privacyAudit", rows("SELECT action, actor, reason, done_at FROM relance_privacy_audit WHERE case_id = ? "
        + "ORDER BY id", caseId));
    return held;
  }

  /** Deletes the stored letters' PDFs (the journal keeps their SHA-256), the outbox, chats and conversations. */
  void scrub(String caseId) {
    update("DELETE FROM relance_letter WHERE case_id = ?", caseId);
    update("DELETE FROM telegram_outbox WHERE case_id = ?", caseId);
    update("DELETE FROM relance_debtor_conversation WHERE case_id = ?", caseId);
    update("DELETE FROM relance_debtor_chat WHERE case_id = ?", caseId);
    update("UPDATE relance_invitation SET used_by_chat = NULL WHERE case_id = ?", caseId);
  }

  /** Retention told the owner at {@code at} that the case's data goes on {@code eraseOn}. */
  void noticed(String caseId, java.time.LocalDate eraseOn, java.time.Instant at) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "INSERT INTO relance_retention_notice (case_id, erase_on, noticed_at) VALUES (?, ?, ?)")) {
      st.setString(1, caseId);
      st.setDate(2, java.sql.Date.valueOf(eraseOn));
      st.setTimestamp(3, Timestamp.from(at));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the retention notice of case " + caseId + ": " + e.getMessage(), e);
    }
  }

  void audit(Action action, String caseId, String businessId, String actor, String reason) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("INSERT INTO relance_privacy_audit "
             + "(action, case_id, business_id, actor, reason, done_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      st.setString(1, action.name().toLowerCase(java.util.Locale.ROOT));
      st.setString(2, caseId);
      st.setString(3, businessId);
      st.setString(4, actor);
      st.setString(5, reason);
      st.setTimestamp(6, Timestamp.from(clock.instant()));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the privacy audit: " + e.getMessage(), e);
    }
  }

  private void update(String sql, String caseId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, caseId);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot scrub case " + caseId + ": " + e.getMessage(), e);
    }
  }

  private List<String> column(String sql, String caseId) {
    List<String> values = new ArrayList<>();
    rows(sql, caseId).forEach(row -> values.add(String.valueOf(row.values().iterator().next())));
    return values;
  }

  private List<Map<String, Object>> rows(String sql, String caseId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, caseId);
      try (ResultSet rs = st.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns; i++) {
            row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), plain(rs.getObject(i)));
          }
          rows.add(row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read what is held on case " + caseId + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** A column's value as JSON shows it: texts, numbers and booleans as they are, times and long texts as text. */
  private static Object plain(Object value) throws SQLException {
    if (value instanceof java.sql.Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        ? value : String.valueOf(value);
  }
}
