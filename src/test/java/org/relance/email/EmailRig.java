package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real service with e-mail on, writing to a GreenMail server in this JVM (SMTP, and IMAP for the
 * mailbox replies come to), and a case whose debtor has only an e-mail address.
 */
final class EmailRig implements AutoCloseable {

  static final String FROM = "relance@relance.test";
  static final String DEBTOR = "compta@boulangerie-martin.test";

  final GreenMail mail;
  final GreenMailUser mailbox;
  final TestService service;

  private EmailRig(GreenMail mail, GreenMailUser mailbox, TestService service) {
    this.mail = mail;
    this.mailbox = mailbox;
    this.service = service;
  }

  static EmailRig start(Path dir, int smtpPort, Map<String, Object> more) {
    GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    mail.start();
    GreenMailUser mailbox = mail.setUser(FROM, FROM, "secret");
    Map<String, Object> settings = new HashMap<>();
    settings.put("relance.email.smtp.host", "127.0.0.1");
    settings.put("relance.email.smtp.port", smtpPort > 0 ? smtpPort : mail.getSmtp().getPort());
    settings.put("relance.email.smtp.starttls", false);
    settings.put("relance.email.from", "Relance <" + FROM + ">");
    settings.put("relance.email.reply-to", FROM);
    settings.put("relance.email.secret", "test-secret-0123456789");
    settings.put("relance.http.public-url", "https://relance.test");
    settings.put("relance.email.imap.host", "127.0.0.1");
    settings.put("relance.email.imap.port", mail.getImap().getPort());
    settings.put("relance.email.imap.username", FROM);
    settings.put("relance.email.imap.password", "secret");
    settings.put("relance.email.imap.ssl", false);
    settings.put("relance.email.imap.poll-interval", "200ms");
    settings.putAll(more);
    return new EmailRig(mail, mailbox, TestService.start(dir, settings));
  }

  /** A case of 1 200,50 € due on {@code dueDate}, its debtor reachable by e-mail only. */
  String caseWithEmailOnly(String businessId, String dueDate) {
    TestService.Answer created = service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "Boulangerie Martin", "type": "business", "legalForm": "SARL",
         "siren": "123456789", "address": {"street": "3 rue des Lilas", "postcode": "69003", "city": "Lyon"},
         "email": "%s"},
         "invoices": [{"number": "F-101", "amount": 1200.50, "currency": "EUR", "issueDate": "%s",
                       "dueDate": "%s"}]}""".formatted(businessId, DEBTOR,
        java.time.LocalDate.parse(dueDate).minusDays(30), dueDate));
    if (created.status() != 201) {
      throw new IllegalStateException("case not created: " + created);
    }
    return created.text("id");
  }

  /** Waits until the debtor's mailbox holds {@code count} e-mails, and returns them in the order they came. */
  jakarta.mail.internet.MimeMessage[] received(int count) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (toDebtor().length < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (toDebtor().length != count) {
      throw new AssertionError("expected " + count + " e-mails to the debtor, got " + toDebtor().length);
    }
    return toDebtor();
  }

  /** The e-mails in the debtor's mailbox. */
  jakarta.mail.internet.MimeMessage[] toDebtor() {
    return mail.getReceivedMessagesForDomain(DEBTOR);
  }

  /** Puts a debtor's e-mail in the replies mailbox, as their mail server would. */
  void reply(String messageId, String to, String inReplyTo, String text) throws jakarta.mail.MessagingException {
    jakarta.mail.internet.MimeMessage reply = new jakarta.mail.internet.MimeMessage(
        jakarta.mail.Session.getInstance(new java.util.Properties()));
    reply.setFrom(DEBTOR);
    reply.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
    reply.setSubject("Re: votre rappel", "UTF-8");
    reply.setText(text, "UTF-8");
    reply.saveChanges();
    reply.setHeader("Message-ID", messageId);
    reply.setHeader("In-Reply-To", inReplyTo);
    mailbox.deliver(reply);
  }

  /** Moves the simulated clock {@code hours} forward. */
  void advanceHours(long hours) {
    TestService.Answer moved = service.post("/api/clock/advance", "{\"hours\": " + hours + "}");
    if (moved.status() != 200 && moved.status() != 202) {
      throw new IllegalStateException("clock not moved: " + moved);
    }
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
    while (service.get("/api/clock").body().has("movesPending") && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The case's journal entries of {@code type}, once there are {@code count} of them (or 20 s passed). */
  List<JsonNode> journal(String caseId, String type, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (journal(caseId, type).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return journal(caseId, type);
  }

  /** The case's journal entries of {@code type}. */
  List<JsonNode> journal(String caseId, String type) {
    List<JsonNode> found = new ArrayList<>();
    service.get("/api/cases/" + caseId + "/journal").body().forEach(e -> {
      if (e.path("type").asText().equals(type)) {
        found.add(e.path("data"));
      }
    });
    return found;
  }

  /** The texts waiting in the Telegram outbox for chat {@code chatId} (no bot is connected in the tests). */
  List<String> toOwnerChat(String chatId) {
    return service.relance().telegram().store().pendingAfter(0).stream()
        .map(org.relance.telegram.TelegramStore.OutboxEntry::message)
        .filter(m -> chatId.equals(m.chatId())).map(org.relance.telegram.OutgoingMessage::text).toList();
  }

  @Override
  public void close() {
    service.close();
    mail.stop();
  }
}
