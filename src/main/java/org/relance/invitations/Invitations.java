package org.relance.invitations;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Invitation tokens (table {@code relance_invitation}): an owner's token binds a private chat to a
 * business, a debtor's token (with a case) is kept for the debtor's side. A token is random (128
 * bits), used once, and expires {@code lifetime} after it was issued on the service's clock.
 * Issuing a new owner token for a business retires its unused ones. Redeeming again from the chat
 * that used it answers as the first time (a redelivered update changes nothing). Blocking JDBC:
 * call from a blocking dispatcher.
 */
public final class Invitations {

  /** Who the token is for. */
  public enum Kind { OWNER, DEBTOR }

  /** An issued token and the link that opens the bot with it. */
  public record Invitation(String token, String link, Instant expiresAt) {}

  /** The outcome of opening a link: what it gave access to, or why not. */
  public record Redemption(Refusal refusal, Kind kind, String businessId, String caseId) {
    public boolean accepted() {
      return refusal == null;
    }
  }

  /** Why a token gave nothing. */
  public enum Refusal { UNKNOWN, USED, EXPIRED, OTHER_KIND }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration lifetime;
  private final Supplier<String> botUsername;

  public Invitations(DataSource dataSource, Clock clock, Duration lifetime, Supplier<String> botUsername) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("relance.invitations.lifetime must be positive, not " + lifetime);
    }
    this.dataSource = dataSource;
    this.clock = clock;
    this.lifetime = lifetime;
    this.botUsername = botUsername;
  }

  /** A new owner token for the business; its earlier unused ones stop working. */
  public Invitation issueForOwner(String businessId) {
    return issue(Kind.OWNER, businessId, null, null);
  }

  /** A new token for the debtor of a case, for the debtor's side to consume. */
  public Invitation issueForDebtor(String businessId, String caseId) {
    return issue(Kind.DEBTOR, businessId, caseId, null);
  }

  /**
   * A new token for the debtor of a case; with an idempotency key, a repeat of the same key gets
   * the token that key issued the first time (a retried API call).
   */
  public Invitation issueForDebtor(String businessId, String caseId, String idempotencyKey) {
    String scopedKey = idempotencyKey == null ? null : caseId + "/" + idempotencyKey;
    if (scopedKey != null) {
      Invitation earlier = inTransaction(c -> {
        try (var select = c.prepareStatement(
            "SELECT token, expires_at FROM relance_invitation WHERE idempotency_key = ? AND case_id = ?")) {
          select.setString(1, scopedKey);
          select.setString(2, caseId);
          try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? new Invitation(rs.getString(1), link(rs.getString(1)), rs.getTimestamp(2).toInstant())
                : null;
          }
        }
      });
      if (earlier != null) {
        return earlier;
      }
    }
    return issue(Kind.DEBTOR, businessId, caseId, scopedKey);
  }

  /** The link that opens a private chat with the bot carrying this token (the bot's name is read when asked). */
  public String link(String token) {
    return "https://t.me/" + botUsername.get() + "?start=" + token;
  }

  private Invitation issue(Kind kind, String businessId, String caseId, String idempotencyKey) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Instant expires = now.plus(lifetime);
    inTransaction(c -> {
      if (kind == Kind.OWNER) {
        try (var retire = c.prepareStatement("UPDATE relance_invitation SET expires_at = ? "
            + "WHERE business_id = ? AND kind = ? AND used_at IS NULL AND expires_at > ?")) {
          retire.setTimestamp(1, Timestamp.from(now));
          retire.setString(2, businessId);
          retire.setString(3, kind.name());
          retire.setTimestamp(4, Timestamp.from(now));
          retire.executeUpdate();
        }
      }
      try (var insert = c.prepareStatement("INSERT INTO relance_invitation "
          + "(token, kind, business_id, case_id, issued_at, expires_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, token);
        insert.setString(2, kind.name());
        insert.setString(3, businessId);
        insert.setString(4, caseId);
        insert.setTimestamp(5, Timestamp.from(now));
        insert.setTimestamp(6, Timestamp.from(expires));
        insert.setString(7, idempotencyKey);
        insert.executeUpdate();
      }
      return null;
    });
    return new Invitation(token, link(token), expires);
  }

  /**
   * Uses a token of the given kind for this chat, once; the same chat redeeming it again gets the
   * same answer. A token of the other kind is left untouched ({@code OTHER_KIND}).
   */
  public Redemption redeem(String token, Kind expected, String chatId) {
    Instant now = clock.instant();
    return inTransaction(c -> {
      try (var select = c.prepareStatement("SELECT kind, business_id, case_id, expires_at, used_at, used_by_chat "
          + "FROM relance_invitation WHERE token = ? FOR UPDATE")) {
        select.setString(1, token);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            return new Redemption(Refusal.UNKNOWN, null, null, null);
          }
          Kind kind = Kind.valueOf(rs.getString(1));
          if (kind != expected) {
            return new Redemption(Refusal.OTHER_KIND, kind, null, null);
          }
          Redemption granted = new Redemption(null, kind, rs.getString(2), rs.getString(3));
          if (rs.getTimestamp(5) != null) {
            return chatId.equals(rs.getString(6)) ? granted : new Redemption(Refusal.USED, kind, null, null);
          }
          if (!rs.getTimestamp(4).toInstant().isAfter(now)) {
            return new Redemption(Refusal.EXPIRED, kind, null, null);
          }
          try (var use = c.prepareStatement(
              "UPDATE relance_invitation SET used_at = ?, used_by_chat = ? WHERE token = ?")) {
            use.setTimestamp(1, Timestamp.from(now));
            use.setString(2, chatId);
            use.setString(3, token);
            use.executeUpdate();
          }
          return granted;
        }
      }
    });
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Invitations: " + e.getMessage(), e);
    }
  }
}
