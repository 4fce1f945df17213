package org.relance.owner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The guided conversation in progress per chat ({@code relance_owner_flow}), saved after every
 * answer so a restart mid-flow resumes at the same question. Blocking JDBC.
 */
public final class OwnerFlowStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataSource dataSource;
  private final Clock clock;

  public OwnerFlowStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public Optional<FlowState> load(String chatId) {
    try (Connection c = dataSource.getConnection();
         var select = c.prepareStatement("SELECT state FROM relance_owner_flow WHERE chat_id = ?")) {
      select.setString(1, chatId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(JSON.readValue(rs.getString(1), FlowState.class)) : Optional.empty();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the conversation of chat " + chatId + ": " + e.getMessage(), e);
    }
  }

  public void save(String chatId, FlowState state) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (var delete = c.prepareStatement("DELETE FROM relance_owner_flow WHERE chat_id = ?");
           var insert = c.prepareStatement(
               "INSERT INTO relance_owner_flow (chat_id, state, updated_at) VALUES (?, ?, ?)")) {
        delete.setString(1, chatId);
        delete.executeUpdate();
        insert.setString(1, chatId);
        insert.setString(2, JSON.writeValueAsString(state));
        insert.setTimestamp(3, Timestamp.from(clock.instant()));
        insert.executeUpdate();
        c.commit();
      } catch (SQLException | JsonProcessingException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot save the conversation of chat " + chatId + ": " + e.getMessage(), e);
    }
  }

  public void clear(String chatId) {
    try (Connection c = dataSource.getConnection();
         var delete = c.prepareStatement("DELETE FROM relance_owner_flow WHERE chat_id = ?")) {
      delete.setString(1, chatId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot end the conversation of chat " + chatId + ": " + e.getMessage(), e);
    }
  }
}
