package org.relance.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.util.Properties;

/**
 * Hands e-mails to the SMTP server (Eclipse Angus Mail) and says how it went: accepted, refused for
 * good (a 5xx answer naming the recipient: a hard bounce), or failed for now (the server unreachable,
 * a 4xx answer: worth trying again). Blocking: call it on the blocking executor, never in an actor.
 */
public final class SmtpMailer {

  /** How handing one e-mail over ended; {@code detail}: the server's words when it did not take it. */
  public record Outcome(Result result, String detail) {
    static final Outcome SENT = new Outcome(Result.SENT, null);
  }

  /** Taken, refused for good, or to try again. */
  public enum Result { SENT, BOUNCED, FAILED }

  private static final int PERMANENT = 500;

  private final Session session;
  private final EmailSettings settings;

  public SmtpMailer(EmailSettings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.auth", String.valueOf(!settings.username().isEmpty()));
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
    String timeout = String.valueOf(settings.timeout().toMillis());
    properties.put("mail.smtp.connectiontimeout", timeout);
    properties.put("mail.smtp.timeout", timeout);
    properties.put("mail.smtp.writetimeout", timeout);
    this.session = Session.getInstance(properties);
  }

  /** The mail session the e-mails are composed in. */
  public Session session() {
    return session;
  }

  /** Sends one e-mail. */
  public Outcome send(MimeMessage message) {
    try {
      if (settings.username().isEmpty()) {
        Transport.send(message);
      } else {
        Transport.send(message, settings.username(), settings.password());
      }
      return Outcome.SENT;
    } catch (SendFailedException e) {
      return refusal(e);
    } catch (MessagingException e) {
      return new Outcome(Result.FAILED, e.getMessage());
    }
  }

  /** A 5xx for a recipient is a hard bounce; anything else may pass another time. */
  private static Outcome refusal(SendFailedException e) {
    for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
      if (next instanceof SMTPAddressFailedException address && address.getReturnCode() >= PERMANENT) {
        return new Outcome(Result.BOUNCED, address.getReturnCode() + " " + address.getMessage().strip());
      }
    }
    Address[] invalid = e.getInvalidAddresses();
    if (invalid != null && invalid.length > 0 && !(e instanceof SMTPSendFailedException sent
        && sent.getReturnCode() < PERMANENT)) {
      return new Outcome(Result.BOUNCED, e.getMessage().strip());
    }
    return new Outcome(Result.FAILED, e.getMessage());
  }
}
