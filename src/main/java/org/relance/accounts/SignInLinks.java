package org.relance.accounts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One-time sign-in links ({@code relance_signin_link}): a random token that opens one session for
 * its account, once, before it expires (the bot's {@code /web} command hands one to an owner).
 * Stored only as its SHA-256. Blocking: call it off the actor threads.
 */
public final class SignInLinks {

  private final DataSource dataSource;
  private final Accounts accounts;
  private final Clock clock;

  public SignInLinks(DataSource dataSource, Accounts accounts, Clock clock) {
    this.dataSource = dataSource;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A new link token for the account, good once within {@code validity}; the path is {@code /signin/link/<token>}. */
  public String create(Account account, Duration validity) {
    String token = Secrets.random();
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "INSERT INTO relance_signin_link (link_hash, user_id, expires_at) VALUES (?, ?, ?)")) {
      st.setString(1, Secrets.sha256(token));
      st.setString(2, account.id());
      st.setObject(3, clock.instant().plus(validity).atOffset(ZoneOffset.UTC));
      st.executeUpdate();
      return token;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a sign-in link: " + e.getMessage(), e);
    }
  }

  /** Uses the link: its enabled account, unless it is unknown, used already or expired. */
  public Optional<Account> use(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String hash = Secrets.sha256(token);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement st = c.prepareStatement("UPDATE relance_signin_link SET used_at = ? "
          + "WHERE link_hash = ? AND used_at IS NULL AND expires_at > ?")) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        st.setObject(1, now);
        st.setString(2, hash);
        st.setObject(3, now);
        if (st.executeUpdate() != 1) {
          return Optional.empty();
        }
      }
      try (PreparedStatement st = c.prepareStatement("SELECT user_id FROM relance_signin_link WHERE link_hash = ?")) {
        st.setString(1, hash);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() ? accounts.byId(rs.getString(1)).filter(a -> !a.disabled()) : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot use the sign-in link: " + e.getMessage(), e);
    }
  }
}
