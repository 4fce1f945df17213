package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.owner.OwnerChats;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mails that come in other than the debtor's own reply: a delivery status notification read from
 * the IMAP mailbox is a hard bounce of the case's address (journaled, the owner told); a reply from an
 * address that is not the debtor's, posted to the inbound webhook, gets the verification question and
 * records nothing about the debt.
 */
class EmailInboundTest {

  @Test
  void aDeliveryFailureReportIsABounceAndAStrangersReplyIsAskedToVerify(@TempDir Path dir) throws Exception {
    try (EmailRig rig = EmailRig.start(dir, 0, Map.of())) {
      String businessId = rig.service.createBusiness();
      new OwnerChats(rig.service.relance().dataSource()).bind("4242", businessId, Instant.parse("2026-11-23T08:00:00Z"));
      String caseId = rig.caseWithEmailOnly(businessId, "2026-12-10");
      rig.advanceHours(10 * 24 - 1);
      MimeMessage reminder = rig.received(1)[0];

      TestService.Answer stranger = rig.service.raw(HttpRequest.newBuilder(rig.service.uri("/api/email/inbound"))
          .header("Authorization", "Bearer " + TestService.TOKEN).header("Content-Type", "message/rfc822")
          .POST(HttpRequest.BodyPublishers.ofString("""
              From: Someone <someone@elsewhere.test>\r
              To: %s\r
              Subject: Re: rappel\r
              Message-ID: <s1@elsewhere.test>\r
              Content-Type: text/plain; charset=UTF-8\r
              \r
              je vous règle le 15\r
              """.formatted(reminder.getReplyTo()[0].toString()))));
      assertEquals(202, stranger.status());
      MimeMessage[] toStranger = rig.mail.getReceivedMessagesForDomain("someone@elsewhere.test");
      assertEquals(1, toStranger.length);
      String asked = ((Multipart) toStranger[0].getContent()).getBodyPart(0).getContent().toString();
      assertTrue(asked.contains("numéro d'une de vos factures"), asked);
      assertTrue(rig.service.get("/api/cases/" + caseId).body().path("promise").isNull()
          || !rig.service.get("/api/cases/" + caseId).body().path("promise").has("date"), "no amount trusted");
      assertEquals(400, rig.service.raw(HttpRequest.newBuilder(rig.service.uri("/api/email/inbound"))
          .header("Authorization", "Bearer " + TestService.TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString("not an e-mail"))).status(), "no sender, nothing to answer");

      rig.mailbox.deliver(report(reminder.getMessageID()));
      List<JsonNode> bounces = waitForBounce(rig, caseId);
      assertEquals(1, bounces.size());
      assertEquals(EmailRig.DEBTOR, bounces.get(0).path("recipient").asText());
      assertEquals(reminder.getMessageID(), bounces.get(0).path("messageId").asText());
      assertTrue(bounces.get(0).path("detail").asText().startsWith("5.1.1"), bounces.get(0).toString());
      assertTrue(rig.toOwnerChat("4242").stream().anyMatch(t -> t.contains("semble invalide")), rig.toOwnerChat("4242").toString());
    }
  }

  /** What the debtor's mail server sends back when the address does not exist (RFC 3464). */
  private static MimeMessage report(String originalMessageId) throws Exception {
    String raw = """
        From: Mail Delivery System <MAILER-DAEMON@mx.boulangerie-martin.test>\r
        To: relance@relance.test\r
        Subject: Undelivered Mail Returned to Sender\r
        Message-ID: <dsn-1@mx.boulangerie-martin.test>\r
        MIME-Version: 1.0\r
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r
        \r
        --b1\r
        Content-Type: text/plain; charset=us-ascii\r
        \r
        Your message could not be delivered.\r
        --b1\r
        Content-Type: message/delivery-status\r
        \r
        Reporting-MTA: dns; mx.boulangerie-martin.test\r
        \r
        Final-Recipient: rfc822; %s\r
        Action: failed\r
        Status: 5.1.1\r
        Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\r
        --b1\r
        Content-Type: text/rfc822-headers\r
        \r
        From: Relance <relance@relance.test>\r
        To: %s\r
        Message-ID: %s\r
        --b1--\r
        """.formatted(EmailRig.DEBTOR, EmailRig.DEBTOR, EmailRig.DEBTOR, originalMessageId);
    return new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
  }

  private static List<JsonNode> waitForBounce(EmailRig rig, String caseId) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (rig.journal(caseId, "EmailBounced").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return rig.journal(caseId, "EmailBounced");
  }

}
