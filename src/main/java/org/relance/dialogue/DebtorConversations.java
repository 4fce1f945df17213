package org.relance.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The question in progress in each debtor conversation, whatever its channel
 * ({@code relance_debtor_conversation}, one row per conversation address in {@code chat_id}, its
 * details as JSON). Blocking JDBC: call from a blocking dispatcher.
 */
public final class DebtorConversations {

  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private final DataSource dataSource;

  public DebtorConversations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Optional<PendingQuestion> find(String chatId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT case_id, awaiting, data, tries, asked_by FROM relance_debtor_conversation WHERE chat_id = ?")) {
      select.setString(1, chatId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new PendingQuestion(chatId, rs.getString(1),
            PendingQuestion.Awaiting.valueOf(rs.getString(2)),
            JSON.readValue(rs.getString(3), PendingQuestion.Details.class), rs.getInt(4), rs.getLong(5)));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the conversation of chat " + chatId + ": " + e.getMessage(), e);
    }
  }

  /** Keeps the question (replacing the chat's previous one). */
  public void save(PendingQuestion question, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (var delete = c.prepareStatement("DELETE FROM relance_debtor_conversation WHERE chat_id = ?");
           var insert = c.prepareStatement("INSERT INTO relance_debtor_conversation "
               + "(chat_id, case_id, awaiting, data, tries, asked_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        delete.setString(1, question.conversation());
        delete.executeUpdate();
        insert.setString(1, question.conversation());
        insert.setString(2, question.caseId());
        insert.setString(3, question.awaiting().name());
        insert.setString(4, JSON.writeValueAsString(question.details()));
        insert.setInt(5, question.tries());
        insert.setLong(6, question.askedBy());
        insert.setTimestamp(7, Timestamp.from(at));
        insert.executeUpdate();
        c.commit();
      } catch (SQLException | JsonProcessingException e) {
        c.rollback();
        throw new IllegalStateException("Cannot keep the conversation of chat " + question.conversation() + ": "
            + e.getMessage(), e);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the conversation of chat " + question.conversation() + ": "
          + e.getMessage(), e);
    }
  }
}
