package org.relance.email;

import com.typesafe.config.Config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The e-mail settings ({@code relance.email}) checked once at start: the SMTP server (no host: e-mail
 * off), the sender, the address replies go to (each case gets its own plus-address of it), the key
 * that signs unsubscribe links and reply addresses, and the public address of this service for
 * those links ({@code relance.http.public-url}).
 */
public record EmailSettings(String host, int port, String username, String password, boolean starttls,
                            Duration timeout, String from, String replyTo, byte[] secret, String publicUrl) {

  /** The shortest signing key accepted: shorter ones could be guessed. */
  static final int MIN_SECRET_LENGTH = 16;

  public static EmailSettings from(Config config) {
    Config email = config.getConfig("relance.email");
    Config smtp = email.getConfig("smtp");
    String host = smtp.getString("host").trim();
    String from = email.getString("from").trim();
    String secret = email.getString("secret");
    if (!host.isEmpty()) {
      if (from.isEmpty()) {
        throw new IllegalArgumentException("relance.email.from must name the sender when relance.email.smtp.host is set");
      }
      if (secret.length() < MIN_SECRET_LENGTH) {
        throw new IllegalArgumentException("relance.email.secret (RELANCE_EMAIL_SECRET) must be at least "
            + MIN_SECRET_LENGTH + " characters when relance.email.smtp.host is set: it signs unsubscribe links"
            + " and reply addresses");
      }
    }
    String publicUrl = config.getString("relance.http.public-url").trim();
    return new EmailSettings(host, smtp.getInt("port"), smtp.getString("username"), smtp.getString("password"),
        smtp.getBoolean("starttls"), smtp.getDuration("timeout"), from, email.getString("reply-to").trim(),
        secret.getBytes(StandardCharsets.UTF_8), publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1)
        : publicUrl);
  }

  /** False when no SMTP host is set: debtors without a chat are then written to by the owner, as before. */
  public boolean enabled() {
    return !host.isEmpty();
  }
}
