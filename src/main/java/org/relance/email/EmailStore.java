package org.relance.email;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The e-mail tables (migration V87): bounced addresses (as {@link EmailTokens#addressHash}), each
 * e-mail sent with its case, and the inbound e-mails already read (so one read twice, after a
 * restart or by two pollers, is handled once). Blocking JDBC: call it on the blocking executor.
 */
public final class EmailStore {

  private static final String DUPLICATE_KEY = "23505";

  private final DataSource dataSource;
  private final Clock clock;

  public EmailStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Whether the address (by its hash) bounced for good. */
  public boolean bounced(String addressHash) {
    return exists("SELECT 1 FROM relance_email_bounce WHERE address_hash = ?", addressHash);
  }

  /** Keeps the address as bounced; true the first time. */
  public boolean markBounced(String addressHash) {
    return insertOnce("INSERT INTO relance_email_bounce (address_hash, bounced_at) VALUES (?, ?)", addressHash);
  }

  /** Keeps an e-mail sent to a case. */
  public void sent(String messageId, String caseId, String addressHash) {
    insertOnce("INSERT INTO relance_email_sent (message_id, sent_at, case_id, address_hash) VALUES (?, ?, ?, ?)",
        messageId, caseId, addressHash);
  }

  /** The case an e-mail sent from here went to, by its {@code Message-ID}. */
  public Optional<String> caseOfSent(String messageId) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT case_id FROM relance_email_sent WHERE message_id = ?")) {
      st.setString(1, messageId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read the e-mails sent", e);
    }
  }

  /** The {@code Message-ID} of the last e-mail sent to a case (a reply threads under it). */
  public Optional<String> lastSentTo(String caseId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT message_id FROM relance_email_sent WHERE case_id = ? ORDER BY sent_at DESC")) {
      st.setString(1, caseId);
      st.setMaxRows(1);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read the e-mails sent", e);
    }
  }

  /** Claims an inbound e-mail for reading: true for the first reader of this {@code Message-ID}. */
  public boolean claimInbound(String messageId) {
    return insertOnce("INSERT INTO relance_email_inbound (message_id, read_at) VALUES (?, ?)", messageId);
  }

  /** Gives an inbound e-mail back to be read again (its handling failed). */
  public void forgetInbound(String messageId) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("DELETE FROM relance_email_inbound WHERE message_id = ?")) {
      st.setString(1, messageId);
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure("write the e-mail tables", e);
    }
  }

  private boolean exists(String sql, String value) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, value);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read the bounced addresses", e);
    }
  }

  /** Inserts a row whose first value is its key and second the time now; false when the key is there already. */
  private boolean insertOnce(String sql, String key, String... more) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, key);
      st.setTimestamp(2, Timestamp.from(clock.instant()));
      for (int i = 0; i < more.length; i++) {
        st.setString(i + 3, more[i]);
      }
      st.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) {
        return false;
      }
      throw failure("write the e-mail tables", e);
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
  }
}
