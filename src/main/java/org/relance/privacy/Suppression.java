package org.relance.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The contacts that asked a business to leave them alone, kept after their case's personal data
 * is erased so a STOP still holds: only an HMAC-SHA256 of business and contact (e-mail, phone or
 * chat id, normalized) is kept ({@code relance_suppressed_contact}), keyed with a random secret
 * the database holds ({@code relance_privacy_secret}), so the list names no one. Blocking: call
 * it on the blocking executor.
 */
public final class Suppression {

  private final DataSource dataSource;
  private final Clock clock;
  private volatile byte[] secret;

  public Suppression(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A debtor's contacts as the list knows them: e-mail, phone and chat ids, blank ones left out. */
  public static List<String> contacts(String email, String phone, Collection<String> chatIds) {
    List<String> contacts = new java.util.ArrayList<>();
    if (email != null && !email.isBlank()) {
      contacts.add("email:" + email.trim().toLowerCase(Locale.ROOT));
    }
    if (phone != null && !phone.replaceAll("[^0-9]", "").isEmpty()) {
      contacts.add("phone:" + phone.replaceAll("[^0-9+]", ""));
    }
    chatIds.stream().filter(Objects::nonNull).forEach(chat -> contacts.add("chat:" + chat));
    return contacts;
  }

  /** Adds the contacts to the business's list (those already on it stay). */
  void add(String businessId, List<String> contacts) {
    try (Connection c = dataSource.getConnection()) {
      for (String contact : contacts) {
        String hash = hash(c, businessId, contact);
        try (PreparedStatement st = c.prepareStatement("INSERT INTO relance_suppressed_contact (contact_hash, added_at) "
            + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM relance_suppressed_contact WHERE contact_hash = ?)")) {
          st.setString(1, hash);
          st.setTimestamp(2, Timestamp.from(clock.instant()));
          st.setString(3, hash);
          st.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the suppressed contacts: " + e.getMessage(), e);
    }
  }

  /** True when any of the contacts asked this business to stop. */
  public boolean holds(String businessId, List<String> contacts) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT 1 FROM relance_suppressed_contact WHERE contact_hash = ?")) {
      for (String contact : contacts) {
        st.setString(1, hash(c, businessId, contact));
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the suppressed contacts: " + e.getMessage(), e);
    }
  }

  private String hash(Connection c, String businessId, String contact) throws SQLException {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(c), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((businessId + "\n" + contact).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot hash a contact: " + e.getMessage(), e);
    }
  }

  /** The secret, created at its first use (by whichever node comes first). */
  private byte[] secret(Connection c) throws SQLException {
    if (secret == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try (PreparedStatement st = c.prepareStatement("INSERT INTO relance_privacy_secret (id, secret) "
          + "SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM relance_privacy_secret WHERE id = 1)")) {
        st.setBytes(1, fresh);
        st.executeUpdate();
      }
      try (PreparedStatement st = c.prepareStatement("SELECT secret FROM relance_privacy_secret WHERE id = 1");
           ResultSet rs = st.executeQuery()) {
        rs.next();
        secret = rs.getBytes(1);
      }
    }
    return secret;
  }
}
