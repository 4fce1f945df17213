package org.relance.debtorpage;

import org.relance.accounts.Secrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The key that page tokens and signed answer links are derived from (HMAC-SHA256): the setting
 * {@code relance.debtor-page.secret} when given (then a copy of the database opens no page), else 32
 * random bytes generated once and kept in {@code relance_debtor_page_secret}, the same for every node.
 */
final class PageSecret {

  private static final String DUPLICATE_KEY = "23505";
  private static final int MIN_LENGTH = 32;

  private final byte[] key;

  private PageSecret(byte[] key) {
    this.key = key.clone();
  }

  /** The configured secret (at least 32 characters), or the one kept in the database (made once). */
  static PageSecret load(String configured, DataSource dataSource) {
    if (!configured.isBlank()) {
      if (configured.length() < MIN_LENGTH) {
        throw new IllegalArgumentException("relance.debtor-page.secret must be at least " + MIN_LENGTH
            + " characters long (or blank to keep one in the database)");
      }
      return new PageSecret(configured.getBytes(StandardCharsets.UTF_8));
    }
    try (Connection c = dataSource.getConnection()) {
      byte[] kept = read(c);
      if (kept == null) {
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO relance_debtor_page_secret (id, secret) VALUES (1, ?)")) {
          insert.setBytes(1, Secrets.randomBytes(MIN_LENGTH));
          insert.executeUpdate();
        } catch (SQLException e) {
          if (!DUPLICATE_KEY.equals(e.getSQLState())) {
            throw e;
          }
        }
        kept = read(c);
      }
      return new PageSecret(kept);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the debtor page secret: " + e.getMessage(), e);
    }
  }

  private static byte[] read(Connection c) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT secret FROM relance_debtor_page_secret WHERE id = 1");
         ResultSet rs = select.executeQuery()) {
      return rs.next() ? rs.getBytes(1) : null;
    }
  }

  /** The first {@code length} bytes of HMAC-SHA256 of {@code text} under this key. */
  byte[] mac(String text, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
