package org.relance.invitations;

import org.relance.accounts.Secrets;
import org.relance.storage.JdbcTransactions;

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

import static org.relance.storage.JdbcTransactions.update;

/**
 * Invitation tokens (table {@code relance_invitation}): an owner's token binds a private chat to a
 * business, a debtor's token (with a case) is kept for the debtor's side. A token is random (128
 * bits), used once, and expires {@code lifetime} after it was issued on the service's clock. Only
 * its SHA-256 is stored: the clear token is returned once, to whoever issued it. Issuing a new
 * owner token for a business retires its unused ones; issuing a new debtor token for a case
 * replaces its earlier ones, used or not ({@code REPLACED}). Redeeming again from the chat that used
 * it answers as the first time (a redelivered update changes nothing). A debtor's link also keeps
 * the wrong answers given to the verification question by the chat that opened it: the link is
 * locked when they reach the limit, or when that chat's wrong answers on all its current links do,
 * until a new link replaces it. Blocking JDBC: call from a blocking dispatcher.
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
  public enum Refusal { UNKNOWN, USED, EXPIRED, REPLACED, OTHER_KIND }

  /** Whether a chat bound to a case may still answer the verification question with the link it opened. */
  public enum Access {
    /** It may. */
    OPEN,
    /** Its link is locked after too many wrong answers, until the owner issues a new one. */
    LOCKED,
    /** Its link has just been locked (the owner is to be told, once). */
    LOCKED_NOW,
    /** The link it opened was replaced by a newer one (or it opened none). */
    REPLACED
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CURRENT_DEBTOR_LINKS =
      "kind = 'DEBTOR' AND used_by_chat = ? AND replaced_at IS NULL";

  private final JdbcTransactions transactions;
  private final Clock clock;
  private final Duration lifetime;
  private final Supplier<String> botUsername;

  public Invitations(DataSource dataSource, Clock clock, Duration lifetime, Supplier<String> botUsername) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("relance.invitations.lifetime must be positive, not " + lifetime);
    }
    this.transactions = new JdbcTransactions(dataSource, "Invitations");
    this.clock = clock;
    this.lifetime = lifetime;
    this.botUsername = botUsername;
  }

  /** A new owner token for the business; its earlier unused ones stop working. */
  public Invitation issueForOwner(String businessId) {
    return issue(Kind.OWNER, businessId, null, null);
  }

  /** A new token for the debtor of a case; the case's earlier ones are replaced. */
  public Invitation issueForDebtor(String businessId, String caseId) {
    return issue(Kind.DEBTOR, businessId, caseId, null);
  }

  /**
   * A new token for the debtor of a case. Only its hash is kept, so a repeat of the same idempotency
   * key (a retried API call) cannot get the first token back: it gets a fresh one that replaces it.
   */
  public Invitation issueForDebtor(String businessId, String caseId, String idempotencyKey) {
    return issue(Kind.DEBTOR, businessId, caseId, idempotencyKey == null ? null : caseId + "/" + idempotencyKey);
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
    transactions.inTransaction(c -> {
      if (idempotencyKey != null) {
        update(c, "UPDATE relance_invitation SET idempotency_key = NULL WHERE idempotency_key = ?", idempotencyKey);
      }
      if (kind == Kind.OWNER) {
        update(c, "UPDATE relance_invitation SET expires_at = ? WHERE business_id = ? AND kind = ? AND used_at IS NULL "
            + "AND expires_at > ?", Timestamp.from(now), businessId, kind.name(), Timestamp.from(now));
      } else {
        update(c, "UPDATE relance_invitation SET replaced_at = ? WHERE case_id = ? AND kind = ? "
            + "AND replaced_at IS NULL",
            Timestamp.from(now), caseId, kind.name());
      }
      update(c, "INSERT INTO relance_invitation (token, kind, business_id, case_id, issued_at, expires_at, "
              + "idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)", Secrets.sha256(token), kind.name(), businessId, caseId,
          Timestamp.from(now), Timestamp.from(expires), idempotencyKey);
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
    String hash = Secrets.sha256(token);
    return transactions.inTransaction(c -> {
      try (var select = c.prepareStatement("SELECT kind, business_id, case_id, expires_at, used_at, used_by_chat, "
          + "replaced_at FROM relance_invitation WHERE token = ? FOR UPDATE")) {
        select.setString(1, hash);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            return new Redemption(Refusal.UNKNOWN, null, null, null);
          }
          Kind kind = Kind.valueOf(rs.getString(1));
          if (kind != expected) {
            return new Redemption(Refusal.OTHER_KIND, kind, null, null);
          }
          if (rs.getTimestamp(7) != null) {
            return new Redemption(Refusal.REPLACED, kind, null, null);
          }
          Redemption granted = new Redemption(null, kind, rs.getString(2), rs.getString(3));
          if (rs.getTimestamp(5) != null) {
            return chatId.equals(rs.getString(6)) ? granted : new Redemption(Refusal.USED, kind, null, null);
          }
          if (!rs.getTimestamp(4).toInstant().isAfter(now)) {
            return new Redemption(Refusal.EXPIRED, kind, null, null);
          }
          update(c, "UPDATE relance_invitation SET used_at = ?, used_by_chat = ? WHERE token = ?", Timestamp.from(now),
              chatId, hash);
          return granted;
        }
      }
    });
  }

  /** Whether the chat may answer the verification question of the case, with the link it opened. */
  public Access verificationAccess(String caseId, String chatId, int maxTries) {
    return transactions.inTransaction(c -> access(c, caseId, chatId, maxTries, false));
  }

  /** A wrong answer from the chat, counted on the link it opened; {@code LOCKED_NOW} when it locks the link. */
  public Access verificationFailed(String caseId, String chatId, int maxTries) {
    return transactions.inTransaction(c -> access(c, caseId, chatId, maxTries, true));
  }

  /** The chat proved it holds the case's invoice: its wrong answers on that link no longer count. */
  public void verificationPassed(String caseId, String chatId) {
    transactions.inTransaction(c -> update(c, "UPDATE relance_invitation SET failed_tries = 0 WHERE case_id = ? AND "
        + CURRENT_DEBTOR_LINKS, caseId, chatId));
  }

  private Access access(Connection c, String caseId, String chatId, int maxTries, boolean wrongAnswer)
      throws SQLException {
    String token;
    int tries;
    try (var select = c.prepareStatement("SELECT token, failed_tries, locked_at FROM relance_invitation "
        + "WHERE case_id = ? AND " + CURRENT_DEBTOR_LINKS + " FOR UPDATE")) {
      select.setString(1, caseId);
      select.setString(2, chatId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Access.REPLACED;
        }
        if (rs.getTimestamp(3) != null) {
          return Access.LOCKED;
        }
        token = rs.getString(1);
        tries = rs.getInt(2) + (wrongAnswer ? 1 : 0);
      }
    }
    if (wrongAnswer) {
      update(c, "UPDATE relance_invitation SET failed_tries = ? WHERE token = ?", tries, token);
    }
    int chatTries;
    try (var sum = c.prepareStatement("SELECT COALESCE(SUM(failed_tries), 0) FROM relance_invitation WHERE "
        + CURRENT_DEBTOR_LINKS)) {
      sum.setString(1, chatId);
      try (ResultSet rs = sum.executeQuery()) {
        rs.next();
        chatTries = rs.getInt(1);
      }
    }
    if (tries < maxTries && chatTries < maxTries) {
      return Access.OPEN;
    }
    update(c, "UPDATE relance_invitation SET locked_at = ? WHERE token = ?", Timestamp.from(clock.instant()), token);
    return Access.LOCKED_NOW;
  }
}
