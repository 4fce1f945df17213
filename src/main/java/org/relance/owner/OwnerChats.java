package org.relance.owner;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The private chats bound to a business ({@code relance_owner_chat}) and the digests already sent
 * to each ({@code relance_owner_digest}). A chat belongs to one business; binding it again moves
 * it. Blocking JDBC: call from a blocking dispatcher.
 */
public final class OwnerChats {

  /** A chat and the business its owner runs. */
  public record Binding(String chatId, String businessId) {}

  private final DataSource dataSource;
  private volatile Consumer<Binding> onBound = binding -> { };

  public OwnerChats(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What to do once a chat is bound (give it the owner's command menu). */
  public void onBound(Consumer<Binding> listener) {
    this.onBound = listener;
  }

  public void bind(String chatId, String businessId, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (var delete = c.prepareStatement("DELETE FROM relance_owner_chat WHERE chat_id = ?");
           var insert = c.prepareStatement(
               "INSERT INTO relance_owner_chat (chat_id, business_id, bound_at) VALUES (?, ?, ?)")) {
        delete.setString(1, chatId);
        delete.executeUpdate();
        insert.setString(1, chatId);
        insert.setString(2, businessId);
        insert.setTimestamp(3, Timestamp.from(at));
        insert.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("bind chat " + chatId, e);
    }
    onBound.accept(new Binding(chatId, businessId));
  }

  public Optional<String> businessOf(String chatId) {
    List<Binding> found = query("SELECT chat_id, business_id FROM relance_owner_chat WHERE chat_id = ?", chatId);
    return found.stream().findFirst().map(Binding::businessId);
  }

  /** The owner chats of a business (where its immediate messages and digest go), oldest first. */
  public List<String> chatsOf(String businessId) {
    return query("SELECT chat_id, business_id FROM relance_owner_chat WHERE business_id = ? ORDER BY bound_at, chat_id",
        businessId).stream().map(Binding::chatId).toList();
  }

  /** Every bound chat, in the order they were bound. */
  public List<Binding> all() {
    return query("SELECT chat_id, business_id FROM relance_owner_chat ORDER BY bound_at, chat_id", null);
  }

  /** Records the digest of that local day for the chat; false when it was already sent. */
  public boolean markDigest(String chatId, LocalDate day, Instant at) {
    try (Connection c = dataSource.getConnection();
         var insert = c.prepareStatement(
             "INSERT INTO relance_owner_digest (chat_id, local_day, sent_at) VALUES (?, ?, ?)")) {
      insert.setString(1, chatId);
      insert.setObject(2, day);
      insert.setTimestamp(3, Timestamp.from(at));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw failure("record the digest of " + chatId, e);
    }
  }

  private List<Binding> query(String sql, String key) {
    try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
      if (key != null) {
        select.setString(1, key);
      }
      List<Binding> bindings = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          bindings.add(new Binding(rs.getString(1), rs.getString(2)));
        }
      }
      return bindings;
    } catch (SQLException e) {
      throw failure("read the owner chats", e);
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
  }
}
