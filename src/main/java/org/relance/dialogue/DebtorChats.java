package org.relance.dialogue;

import org.relance.common.Language;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The debtor conversations bound to debtor cases ({@code relance_debtor_chat}; {@code chat_id} holds
 * the conversation's address, which names its {@link Channel}): which conversation speaks for which
 * case, whether the person has proved they hold the invoice (verified), their language, and the last
 * two-way exchange. A conversation may be bound to several cases (one person owing several businesses
 * or one business twice) and a case to several conversations. Blocking JDBC: call from a blocking
 * dispatcher.
 */
public final class DebtorChats {

  /** One chat bound to one case. */
  public record Binding(String chatId, String caseId, String businessId, Language language, Instant boundAt,
                        Instant verifiedAt, Instant lastExchangeAt) {
    public boolean verified() {
      return verifiedAt != null;
    }

    public Channel channel() {
      return Channel.of(chatId);
    }

    public Optional<Instant> lastExchange() {
      return Optional.ofNullable(lastExchangeAt);
    }
  }

  private static final String COLUMNS =
      "chat_id, case_id, business_id, language, bound_at, verified_at, last_exchange_at";

  private final DataSource dataSource;

  public DebtorChats(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Binds the chat to the case (binding it again changes nothing but the language). */
  public void bind(String chatId, String caseId, String businessId, Language language, Instant at) {
    int updated = update("UPDATE relance_debtor_chat SET language = ? WHERE chat_id = ? AND case_id = ?",
        language.code(), chatId, caseId);
    if (updated == 0) {
      update("INSERT INTO relance_debtor_chat (chat_id, case_id, business_id, language, bound_at) "
          + "VALUES (?, ?, ?, ?, ?)", chatId, caseId, businessId, language.code(), Timestamp.from(at));
    }
  }

  /** The person in the chat proved they hold the case's invoice (kept from the first time). */
  public void markVerified(String chatId, String caseId, Instant at) {
    update("UPDATE relance_debtor_chat SET verified_at = ? WHERE chat_id = ? AND case_id = ? AND verified_at IS NULL",
        Timestamp.from(at), chatId, caseId);
  }

  /** The language the person in the chat writes in, for every case of the chat. */
  public void setLanguage(String chatId, Language language) {
    update("UPDATE relance_debtor_chat SET language = ? WHERE chat_id = ?", language.code(), chatId);
  }

  /** The debtor wrote and the bot answered about this case at {@code at}. */
  public void recordExchange(String chatId, String caseId, Instant at) {
    update("UPDATE relance_debtor_chat SET last_exchange_at = ? WHERE chat_id = ? AND case_id = ?",
        Timestamp.from(at), chatId, caseId);
  }

  /** The last two-way exchange of each case that had one, among {@code caseIds}, in one query. */
  public Map<String, Instant> lastExchanges(Collection<String> caseIds) {
    Map<String, Instant> last = new HashMap<>();
    if (caseIds.isEmpty()) {
      return last;
    }
    String sql = "SELECT case_id, MAX(last_exchange_at) FROM relance_debtor_chat WHERE last_exchange_at IS NOT NULL "
        + "AND case_id IN (" + String.join(", ", Collections.nCopies(caseIds.size(), "?")) + ") GROUP BY case_id";
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
      int i = 0;
      for (String caseId : caseIds) {
        select.setString(++i, caseId);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          last.put(rs.getString(1), instant(rs, 2));
        }
      }
      return last;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the debtor chats: " + e.getMessage(), e);
    }
  }

  /** The cases a chat is bound to, oldest binding first. */
  public List<Binding> casesOf(String chatId) {
    return query("SELECT " + COLUMNS + " FROM relance_debtor_chat WHERE chat_id = ? ORDER BY bound_at, case_id",
        chatId);
  }

  /** The chats bound to a case, oldest binding first. */
  public List<Binding> chatsOf(String caseId) {
    return query("SELECT " + COLUMNS + " FROM relance_debtor_chat WHERE case_id = ? ORDER BY bound_at, chat_id",
        caseId);
  }

  /** The verified conversations of a case on one channel (the Telegram chats the reminders go to), oldest first. */
  public List<Binding> verifiedOn(Channel channel, String caseId) {
    return chatsOf(caseId).stream().filter(b -> b.verified() && b.channel() == channel).toList();
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the debtor chats: " + e.getMessage(), e);
    }
  }

  private List<Binding> query(String sql, String key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, key);
      List<Binding> bindings = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          bindings.add(new Binding(rs.getString(1), rs.getString(2), rs.getString(3),
              Language.fromCode(rs.getString(4)), instant(rs, 5), instant(rs, 6), instant(rs, 7)));
        }
      }
      return bindings;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the debtor chats: " + e.getMessage(), e);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
