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
import java.util.Set;

/**
 * The link that creates the first admin account while the service runs ({@code
 * relance_first_admin_link}): issued at start only while no account exists, stored only as its
 * SHA-256, good once before it expires; issuing one revokes the links of earlier starts. Using it
 * is refused once any account exists. Blocking: call it off the actor threads.
 */
public final class FirstAdminLinks {

  /** A link issued at start: the token (shown once) and until when it works. */
  public record Issued(String token, Instant expiresAt) {}

  /** Why a first admin was not created. */
  public enum Refusal {
    /** An account exists already: the link is of no use any more. */
    ACCOUNT_EXISTS,
    /** Unknown, used already or expired. */
    LINK_SPENT
  }

  /** What using the link did: the admin created, or why not. */
  public record Outcome(Optional<Account> created, Optional<Refusal> refusal) {}

  private final DataSource dataSource;
  private final Accounts accounts;
  private final Clock clock;

  public FirstAdminLinks(DataSource dataSource, Accounts accounts, Clock clock) {
    this.dataSource = dataSource;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A new link good for {@code validity} when no account exists (earlier links revoked); empty otherwise. */
  public Optional<Issued> issueIfNoAccount(Duration validity) {
    if (accounts.anyExists()) {
      return Optional.empty();
    }
    String token = Secrets.random();
    Instant expiresAt = clock.instant().plus(validity);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement revoke = c.prepareStatement(
          "UPDATE relance_first_admin_link SET used_at = ? WHERE used_at IS NULL");
           PreparedStatement insert = c.prepareStatement(
               "INSERT INTO relance_first_admin_link (link_hash, expires_at) VALUES (?, ?)")) {
        revoke.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
        revoke.executeUpdate();
        insert.setString(1, Secrets.sha256(token));
        insert.setObject(2, expiresAt.atOffset(ZoneOffset.UTC));
        insert.executeUpdate();
      }
      c.commit();
      return Optional.of(new Issued(token, expiresAt));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot issue the first admin's link: " + e.getMessage(), e);
    }
  }

  /** Whether the link would still create an account (for the page that asks the email and password). */
  public Optional<Refusal> check(String token) {
    if (accounts.anyExists()) {
      return Optional.of(Refusal.ACCOUNT_EXISTS);
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT 1 FROM relance_first_admin_link WHERE link_hash = ? AND used_at IS NULL AND expires_at > ?")) {
      st.setString(1, Secrets.sha256(token == null ? "" : token));
      st.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.empty() : Optional.of(Refusal.LINK_SPENT);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the first admin's link: " + e.getMessage(), e);
    }
  }

  /**
   * Creates the first admin with the link: the link is spent and the account added in one
   * transaction, so a second use (even at the same moment) finds it spent. Bad input (email,
   * password) is refused with {@link IllegalArgumentException} and leaves the link usable.
   */
  public Outcome use(String token, String email, String password) {
    Accounts.validate(email, Role.ADMIN, Set.of(), password);
    if (accounts.anyExists()) {
      return new Outcome(Optional.empty(), Optional.of(Refusal.ACCOUNT_EXISTS));
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement st = c.prepareStatement("UPDATE relance_first_admin_link SET used_at = ? "
          + "WHERE link_hash = ? AND used_at IS NULL AND expires_at > ?")) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        st.setObject(1, now);
        st.setString(2, Secrets.sha256(token == null ? "" : token));
        st.setObject(3, now);
        if (st.executeUpdate() != 1) {
          c.rollback();
          return new Outcome(Optional.empty(), Optional.of(Refusal.LINK_SPENT));
        }
      }
      try {
        Account admin = accounts.add(email, Role.ADMIN, Set.of(), password);
        c.commit();
        return new Outcome(Optional.of(admin), Optional.empty());
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot use the first admin's link: " + e.getMessage(), e);
    }
  }
}
