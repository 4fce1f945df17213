package org.relance.email;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an {@link Email} in MIME: {@code multipart/alternative} with the plain text and an HTML part
 * made from it (escaped, paragraphs kept, links clickable), inside {@code multipart/mixed} when files
 * are attached; a {@code Message-ID} of its own, {@code Reply-To} the case's address,
 * {@code List-Unsubscribe} with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058),
 * threading headers when it answers an e-mail, and the date of the service's clock.
 */
public final class EmailComposer {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private final Session session;
  private final InternetAddress from;
  private final String domain;
  private final Clock clock;

  public EmailComposer(Session session, String from, Clock clock) {
    this.session = session;
    try {
      this.from = new InternetAddress(from, true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("relance.email.from is not an e-mail address: " + from);
    }
    String address = this.from.getAddress();
    this.domain = address.substring(address.indexOf('@') + 1);
    this.clock = clock;
  }

  /** A fresh {@code Message-ID}, angle brackets included, on the sender's domain. */
  public String newMessageId() {
    return "<" + UUID.randomUUID() + "@" + domain + ">";
  }

  /** The {@code Message-ID} of the one e-mail sent for {@code key}, the same each time. */
  public String messageIdFor(String key) {
    return "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@" + domain + ">";
  }

  /** The e-mail in MIME under {@code messageId}, ready for the transport. */
  public MimeMessage compose(Email email, String messageId) throws MessagingException {
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(from);
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to(), true));
    if (email.replyTo() != null) {
      message.setReplyTo(new InternetAddress[] {new InternetAddress(email.replyTo(), true)});
    }
    message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    message.setHeader("Auto-Submitted", "auto-generated");
    if (email.inReplyTo() != null) {
      message.setHeader("In-Reply-To", email.inReplyTo());
      message.setHeader("References", email.inReplyTo());
    }
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(html(email.text()), StandardCharsets.UTF_8.name(), "html");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(html);
    if (email.attachments().isEmpty()) {
      message.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      for (Email.Attachment attachment : email.attachments()) {
        mixed.addBodyPart(attached(attachment));
      }
      message.setContent(mixed);
    }
    message.saveChanges();
    return message;
  }

  private static MimeBodyPart attached(Email.Attachment attachment) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
    try {
      part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(attachment.fileName(), "UTF-8", null));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is missing from this JVM", e);
    }
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  /** The plain text as HTML: escaped, a paragraph per blank-line block, a line break per line, links clickable. */
  static String html(String text) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        + "<body style=\"font-family: sans-serif; line-height: 1.5\">");
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      html.append("<p>").append(linked(escaped(paragraph)).replace("\n", "<br>\n")).append("</p>\n");
    }
    return html.append("</body></html>").toString();
  }

  private static String linked(String escaped) {
    Matcher link = LINK.matcher(escaped);
    return link.replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
