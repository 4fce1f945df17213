package org.relance.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the bot put in its outbox ({@code telegram_outbox}) since a given row: the intake
 * stores an update's replies there in the same transaction that marks the update handled, so once
 * the webhook has answered 200, the replies to that update are all there.
 */
public final class Outbox {

  /**
   * A message the bot will send: its row, chat, the update it answers (0 for a message of the
   * service's own, such as a notice) and the stored JSON (kind, text, buttons...).
   */
  public record Row(long id, String chatId, long updateId, JsonNode message) {

    public String text() {
      return message.path("text").asText("");
    }

    /** The data of each of its buttons. */
    public List<String> buttonData() {
      List<String> data = new ArrayList<>();
      message.path("buttons").forEach(row -> row.forEach(button -> data.add(button.path("data").asText())));
      return data;
    }

    /** Its text and button labels: all a person reads. */
    public String readable() {
      StringBuilder all = new StringBuilder(text());
      message.path("buttons").forEach(row -> row.forEach(button -> all.append('\n').append(button.path("label")
          .asText())));
      return all.toString();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataSource dataSource;
  private long seen;

  public Outbox(DataSource dataSource) {
    this.dataSource = dataSource;
    this.seen = newRows().stream().mapToLong(Row::id).max().orElse(0);
  }

  /** The rows written since the last call (the first call: since this reader was made). */
  public List<Row> newRows() {
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT id, chat_id, update_id, payload FROM telegram_outbox WHERE id > ? "
             + "ORDER BY id")) {
      st.setLong(1, seen);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), JSON.readTree(rs.getString(4))));
          seen = rs.getLong(1);
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot read the outbox: " + e.getMessage(), e);
    }
    return rows;
  }
}
