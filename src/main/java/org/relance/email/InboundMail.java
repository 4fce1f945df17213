package org.relance.email;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail that came in, as Relance reads it: its {@code Message-ID}, sender, the addresses it was
 * sent to (a reply to a case's plus-address names it there), the e-mail it answers, its own words
 * (the plain text, else the HTML's text), or, for a delivery status notification (RFC 3464) that
 * reports a permanent failure (status 5.x.x), the address that bounced and the e-mail that did.
 */
public record InboundMail(String messageId, String from, List<String> recipients, String subject, List<String> answers,
                         String text, Optional<Bounce> bounce) {

  /** A permanent delivery failure: the address, its status and the server's words, the e-mail that bounced. */
  public record Bounce(String recipient, String status, String detail, String originalMessageId) {}

  private static final Pattern FIELD = Pattern.compile("(?im)^([A-Za-z-]+):[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)$");
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

  /** Reads a message as fetched or parsed; fails on a message that cannot be parsed at all. */
  public static InboundMail read(MimeMessage message) throws MessagingException, IOException {
    String from = first(message.getFrom()).orElse("");
    List<String> recipients = new ArrayList<>();
    for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
      Address[] addresses = message.getRecipients(type);
      if (addresses != null) {
        for (Address address : addresses) {
          recipients.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
        }
      }
    }
    String[] delivered = message.getHeader("Delivered-To");
    if (delivered != null) {
      recipients.addAll(List.of(delivered));
    }
    List<String> answers = new ArrayList<>();
    for (String header : List.of("In-Reply-To", "References")) {
      String value = message.getHeader(header, " ");
      if (value != null) {
        MESSAGE_ID.matcher(value).results().map(m -> m.group()).forEach(answers::add);
      }
    }
    String messageId = message.getMessageID() != null ? message.getMessageID().strip()
        : "<no-id-" + Integer.toHexString(java.util.Objects.hash(from, message.getSubject(), message.getSentDate())) + ">";
    Optional<Bounce> bounce = message.isMimeType("multipart/report") ? bounce((Multipart) message.getContent())
        : Optional.empty();
    return new InboundMail(messageId, from, recipients, message.getSubject() == null ? "" : message.getSubject(),
        answers, bounce.isPresent() ? "" : text(message).orElse(""), bounce);
  }

  private static Optional<String> first(Address[] addresses) {
    return addresses == null || addresses.length == 0 ? Optional.empty()
        : Optional.of(addresses[0] instanceof InternetAddress internet ? internet.getAddress() : addresses[0].toString());
  }

  /** The plain text of a part, the first text/plain found, else the text of the first text/html. */
  private static Optional<String> text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return Optional.of(part.getContent().toString());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      Optional<String> html = Optional.empty();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
          continue;
        }
        Optional<String> found = text(child);
        if (found.isPresent() && !child.isMimeType("text/html")) {
          return found;
        }
        html = html.or(() -> found);
      }
      return html;
    }
    if (part.isMimeType("text/html")) {
      return Optional.of(part.getContent().toString().replaceAll("(?i)<br\\s*/?>|</p>", "\n")
          .replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
          .replace("&amp;", "&"));
    }
    return Optional.empty();
  }

  /** A report of a permanent failure: its message/delivery-status part, and the bounced e-mail's headers. */
  private static Optional<Bounce> bounce(Multipart report) throws MessagingException, IOException {
    String status = null;
    String originalHeaders = "";
    for (int i = 0; i < report.getCount(); i++) {
      BodyPart part = report.getBodyPart(i);
      if (part.isMimeType("message/delivery-status")) {
        status = raw(part);
      } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
        originalHeaders = raw(part);
      }
    }
    if (status == null) {
      return Optional.empty();
    }
    String fields = status;
    String code = field(fields, "Status").orElse("");
    String recipient = field(fields, "Final-Recipient").or(() -> field(fields, "Original-Recipient")).orElse("");
    recipient = recipient.contains(";") ? recipient.substring(recipient.indexOf(';') + 1).strip() : recipient.strip();
    if (!code.startsWith("5") || recipient.isEmpty()) {
      return Optional.empty();
    }
    String diagnostic = field(fields, "Diagnostic-Code").map(d -> d.contains(";") ? d.substring(d.indexOf(';') + 1)
        : d).orElse("").replaceAll("\\s+", " ").strip();
    String original = field(originalHeaders, "Message-ID").map(String::strip).orElse(null);
    return Optional.of(new Bounce(recipient, code, (code + " " + diagnostic).strip(), original));
  }

  private static Optional<String> field(String block, String name) {
    Matcher matcher = FIELD.matcher(block);
    while (matcher.find()) {
      if (matcher.group(1).equalsIgnoreCase(name)) {
        return Optional.of(matcher.group(2).strip());
      }
    }
    return Optional.empty();
  }

  private static String raw(Part part) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
  }
}
