package org.relance.accounts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The accounts of the admin page over JDBC ({@code relance_user}, {@code relance_user_business}):
 * adds, lists and disables them, and checks a password. Blocking: call it off the actor threads.
 */
public final class Accounts {

  /** Shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private final DataSource dataSource;
  private final PasswordHasher hasher;
  private final Clock clock;
  /** Hashed when the email is unknown, so a wrong email costs as long as a wrong password. */
  private final String decoyHash;

  public Accounts(DataSource dataSource, PasswordHasher hasher, Clock clock) {
    this.dataSource = dataSource;
    this.hasher = hasher;
    this.clock = clock;
    this.decoyHash = hasher.decoy();
  }

  /** Adds an account; refuses a malformed or taken email, a short password, an owner without business. */
  public Account add(String email, Role role, Set<String> businessIds, String password) {
    validate(email, role, businessIds, password);
    String normalized = normalize(email);
    if (find(normalized).isPresent()) {
      throw new IllegalArgumentException("an account " + normalized + " already exists");
    }
    String id = UUID.randomUUID().toString();
    Set<String> businesses = role == Role.ADMIN ? Set.of() : businessIds;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement st = c.prepareStatement("INSERT INTO relance_user "
          + "(user_id, email, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, FALSE, ?)")) {
        st.setString(1, id);
        st.setString(2, normalized);
        st.setString(3, role.wire());
        st.setString(4, hasher.hash(password));
        st.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
        st.executeUpdate();
      }
      insertBusinesses(c, id, businesses);
      c.commit();
      return new Account(id, normalized, role, businesses, false);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot add the account " + normalized + ": " + e.getMessage(), e);
    }
  }

  /** Refuses (IllegalArgumentException) a malformed email, a missing role, a short password, an owner without business. */
  public static void validate(String email, Role role, Set<String> businessIds, String password) {
    if (!normalize(email).matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("'" + email + "' is not an email address");
    }
    if (role == null) {
      throw new IllegalArgumentException("a role is required: admin, owner or accountant");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("the password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (role != Role.ADMIN && businessIds.isEmpty()) {
      throw new IllegalArgumentException("an " + role.wire() + " needs at least one business (--business <id>)");
    }
  }

  /** Whether any account exists, enabled or not (one cheap query). */
  public boolean anyExists() {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT 1 FROM relance_user FETCH FIRST 1 ROWS ONLY");
         ResultSet rs = st.executeQuery()) {
      return rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the accounts: " + e.getMessage(), e);
    }
  }

  public List<Account> list() {
    return query("SELECT * FROM relance_user ORDER BY email", null);
  }

  public Optional<Account> find(String email) {
    return query("SELECT * FROM relance_user WHERE email = ?", normalize(email)).stream().findFirst();
  }

  public Optional<Account> byId(String userId) {
    return query("SELECT * FROM relance_user WHERE user_id = ?", userId).stream().findFirst();
  }

  /** Disables an account: it can no longer sign in, and its sessions and tokens stop working. */
  public boolean disable(String email) {
    return update("UPDATE relance_user SET disabled = TRUE WHERE email = ?", normalize(email)) == 1;
  }

  /** Replaces the businesses an owner or accountant sees; refuses an empty list. */
  public boolean setBusinesses(String email, Set<String> businessIds) {
    Optional<Account> account = find(email);
    if (account.isEmpty()) {
      return false;
    }
    if (account.get().role() == Role.ADMIN) {
      throw new IllegalArgumentException("an admin sees every business already");
    }
    if (businessIds.isEmpty()) {
      throw new IllegalArgumentException("an " + account.get().role().wire() + " needs at least one business");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement st = c.prepareStatement("DELETE FROM relance_user_business WHERE user_id = ?")) {
        st.setString(1, account.get().id());
        st.executeUpdate();
      }
      insertBusinesses(c, account.get().id(), businessIds);
      c.commit();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change the businesses of " + email + ": " + e.getMessage(), e);
    }
  }

  private static void insertBusinesses(Connection c, String userId, Set<String> businessIds) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO relance_user_business (user_id, business_id) VALUES (?, ?)")) {
      for (String business : businessIds) {
        st.setString(1, userId);
        st.setString(2, business);
        st.executeUpdate();
      }
    }
  }

  /** The account when the email and password match an enabled account. */
  public Optional<Account> authenticate(String email, String password) {
    if (email == null || password == null) {
      return Optional.empty();
    }
    Optional<String> stored = passwordHash(normalize(email));
    boolean matches = hasher.matches(password, stored.orElse(decoyHash));
    return stored.isPresent() && matches ? find(email).filter(a -> !a.disabled()) : Optional.empty();
  }

  private Optional<String> passwordHash(String email) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT password_hash FROM relance_user WHERE email = ?")) {
      st.setString(1, email);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the account " + email + ": " + e.getMessage(), e);
    }
  }

  private List<Account> query(String sql, String arg) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      if (arg != null) {
        st.setString(1, arg);
      }
      List<Account> accounts = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("user_id");
          accounts.add(new Account(id, rs.getString("email"), Role.fromWire(rs.getString("role")),
              businesses(c, id), rs.getBoolean("disabled")));
        }
      }
      return accounts;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the accounts: " + e.getMessage(), e);
    }
  }

  private static Set<String> businesses(Connection c, String userId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT business_id FROM relance_user_business WHERE user_id = ?")) {
      st.setString(1, userId);
      Set<String> ids = new HashSet<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }
  }

  private int update(String sql, String arg) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, arg);
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change the account: " + e.getMessage(), e);
    }
  }

  private static String normalize(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }
}
