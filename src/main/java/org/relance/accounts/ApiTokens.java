package org.relance.accounts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Revocable API tokens for scripts ({@code relance_api_token}): each acts as its account (same
 * role, same businesses) on the admin page's JSON routes, is shown once and stored only as its
 * SHA-256. Blocking: call it off the actor threads.
 */
public final class ApiTokens {

  /** Prefix of every token, so a leaked one is recognisable. */
  public static final String PREFIX = "rlt_";

  /** A token just created: its public id (to revoke it) and the secret, shown once. */
  public record Created(String id, String token) {}

  private final DataSource dataSource;
  private final Accounts accounts;
  private final Clock clock;

  public ApiTokens(DataSource dataSource, Accounts accounts, Clock clock) {
    this.dataSource = dataSource;
    this.accounts = accounts;
    this.clock = clock;
  }

  public Created create(Account account, String label) {
    Created created = new Created(UUID.randomUUID().toString(), PREFIX + Secrets.random());
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "INSERT INTO relance_api_token (token_hash, token_id, user_id, label, created_at) VALUES (?, ?, ?, ?, ?)")) {
      st.setString(1, Secrets.sha256(created.token()));
      st.setString(2, created.id());
      st.setString(3, account.id());
      st.setString(4, label == null ? "" : label);
      st.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
      st.executeUpdate();
      return created;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the token: " + e.getMessage(), e);
    }
  }

  /** The account a token acts for, unless the token is unknown, revoked or its account disabled. */
  public Optional<Account> find(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT user_id FROM relance_api_token WHERE token_hash = ? AND revoked_at IS NULL")) {
      st.setString(1, Secrets.sha256(token));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? accounts.byId(rs.getString(1)).filter(a -> !a.disabled()) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the token: " + e.getMessage(), e);
    }
  }

  /** Revokes a token by its id; false when there is no such live token. */
  public boolean revoke(String tokenId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "UPDATE relance_api_token SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL")) {
      st.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
      st.setString(2, tokenId);
      return st.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot revoke the token: " + e.getMessage(), e);
    }
  }
}
