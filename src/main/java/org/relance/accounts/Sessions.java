package org.relance.accounts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Sign-in sessions over JDBC ({@code relance_session}): a random id handed to the browser in a
 * cookie, stored only as its SHA-256, with its CSRF token and an expiry on the wall clock. A
 * session of a disabled account is worth nothing. Blocking: call it off the actor threads.
 */
public final class Sessions {

  /** A session just opened: the secret id for the cookie and the CSRF token for the page. */
  public record Opened(String id, String csrfToken, Instant expiresAt) {}

  /** A live session: who it is and the CSRF token every change must carry. */
  public record Live(Account account, String csrfToken) {}

  private final DataSource dataSource;
  private final Accounts accounts;
  private final Clock clock;
  private final Duration lifetime;

  public Sessions(DataSource dataSource, Accounts accounts, Clock clock, Duration lifetime) {
    this.dataSource = dataSource;
    this.accounts = accounts;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }

  public Opened open(Account account) {
    Opened opened = new Opened(Secrets.random(), Secrets.random(), clock.instant().plus(lifetime));
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "INSERT INTO relance_session (session_hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)")) {
      st.setString(1, Secrets.sha256(opened.id()));
      st.setString(2, account.id());
      st.setString(3, opened.csrfToken());
      st.setObject(4, opened.expiresAt().atOffset(ZoneOffset.UTC));
      st.executeUpdate();
      return opened;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open a session: " + e.getMessage(), e);
    }
  }

  /** The session behind a cookie's id, while it has not expired and its account is enabled. */
  public Optional<Live> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT user_id, csrf_token FROM relance_session WHERE session_hash = ? AND expires_at > ?")) {
      st.setString(1, Secrets.sha256(id));
      st.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String csrf = rs.getString("csrf_token");
        return accounts.byId(rs.getString("user_id")).filter(a -> !a.disabled()).map(a -> new Live(a, csrf));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the session: " + e.getMessage(), e);
    }
  }

  /** Ends a session (sign-out) and forgets every expired one. */
  public void close(String id) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement st = c.prepareStatement("DELETE FROM relance_session WHERE session_hash = ?")) {
        st.setString(1, Secrets.sha256(id));
        st.executeUpdate();
      }
      try (PreparedStatement st = c.prepareStatement("DELETE FROM relance_session WHERE expires_at <= ?")) {
        st.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
        st.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot close the session: " + e.getMessage(), e);
    }
  }
}
