package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
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
  final TestService service;

  private EmailRig(GreenMail mail, TestService service) {
    this.mail = mail;
    this.service = service;
  }

  static EmailRig start(Path dir, int smtpPort, Map<String, Object> more) {
    GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    mail.start();
    mail.setUser(FROM, FROM, "secret");
    Map<String, Object> settings = new HashMap<>();
    settings.put("relance.email.smtp.host", "127.0.0.1");
    settings.put("relance.email.smtp.port", smtpPort > 0 ? smtpPort : mail.getSmtp().getPort());
    settings.put("relance.email.smtp.starttls", false);
    settings.put("relance.email.from", "Relance <" + FROM + ">");
    settings.put("relance.email.reply-to", FROM);
    settings.put("relance.email.secret", "test-secret-0123456789");
    settings.put("relance.http.public-url", "https://relance.test");
    settings.putAll(more);
    return new EmailRig(mail, TestService.start(dir, settings));
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

  @Override
  public void close() {
    service.close();
    mail.stop();
  }
}
