package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A debtor with only an e-mail address, on the real service against GreenMail: the ladder's messages
 * and the first letter (its PDF attached) come by e-mail at allowed hours only, each in plain text and
 * HTML with its own Message-ID kept in the journal, and the one-click unsubscribe stops them.
 */
class EmailOutreachTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void theLadderWritesByEmailAtAllowedHoursAndTheOneClickUnsubscribeStopsIt(@TempDir Path dir) throws Exception {
    try (EmailRig rig = EmailRig.start(dir, 0, Map.of())) {
      String caseId = rig.caseWithEmailOnly(rig.service.createBusiness(), "2026-12-10");

      rig.advanceHours(10 * 24 - 2); // Thursday 3 December, 07:00 in Paris: the pre-due rung was reached at midnight
      assertEquals("pre_due", rig.service.get("/api/cases/" + caseId).text("stage"));
      assertEquals(0, rig.mail.getReceivedMessages().length, "nothing before 08:00 in the debtor's zone");
      rig.advanceHours(1);
      assertTrue(rig.mail.waitForIncomingEmail(10_000, 1));
      MimeMessage preDue = rig.mail.getReceivedMessages()[0];
      assertEquals(EmailRig.DEBTOR, preDue.getAllRecipients()[0].toString());
      assertTrue(preDue.getSubject().startsWith("Rappel avant échéance : F-101"), preDue.getSubject());
      assertEquals(ZonedDateTime.parse("2026-12-03T08:00+01:00[Europe/Paris]").toInstant(),
          preDue.getSentDate().toInstant());
      assertTrue(preDue.getReplyTo()[0].toString().matches("relance\\+[0-9a-f]{52}@relance\\.test"),
          preDue.getReplyTo()[0].toString());
      assertEquals("List-Unsubscribe=One-Click", preDue.getHeader("List-Unsubscribe-Post", null));
      String unsubscribe = preDue.getHeader("List-Unsubscribe", null);
      assertTrue(unsubscribe.matches("<https://relance\\.test/email/unsubscribe/[0-9a-f]{52}>"), unsubscribe);
      Multipart alternative = (Multipart) preDue.getContent();
      assertEquals(2, alternative.getCount());
      assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
      assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
      String plain = alternative.getBodyPart(0).getContent().toString();
      assertTrue(plain.contains("200,50"), plain);
      assertTrue(plain.matches("(?s).*votre page personnelle : https://relance\\.test/d/[A-Za-z0-9_-]{22}\\s.*"),
          "every e-mail gives the debtor's page: " + plain);
      assertTrue(alternative.getBodyPart(1).getContent().toString().contains("<a href=\"https://relance.test/email/"),
          alternative.getBodyPart(1).getContent().toString());

      List<JsonNode> journaled = rig.journal(caseId, "MessageRecorded", 1);
      assertEquals(1, journaled.size());
      assertEquals("email", journaled.get(0).path("channel").asText());
      assertEquals(EmailRig.DEBTOR, journaled.get(0).path("recipient").asText());
      assertEquals(preDue.getMessageID(), journaled.get(0).path("messageId").asText());
      assertEquals("delivered", journaled.get(0).path("delivery").asText().toLowerCase());

      rig.advanceHours(8 * 24); // Friday 11 December: the friendly reminder
      assertTrue(rig.mail.waitForIncomingEmail(10_000, 2));
      rig.advanceHours(14 * 24); // Friday 25 December, a public holiday: the first letter is issued, its e-mail waits
      assertEquals("first_letter", rig.service.get("/api/cases/" + caseId).text("stage"));
      assertEquals(2, rig.mail.getReceivedMessages().length, "nothing on Christmas Day");
      rig.advanceHours(24);
      assertTrue(rig.mail.waitForIncomingEmail(10_000, 3));
      MimeMessage[] received = rig.mail.getReceivedMessages();
      assertEquals(ZonedDateTime.parse("2026-12-26T08:00+01:00[Europe/Paris]").toInstant(),
          received[2].getSentDate().toInstant());
      assertEquals(3, received.length);
      assertTrue(received[1].getSubject().startsWith("Relance amiable"), received[1].getSubject());
      assertTrue(received[2].getSubject().startsWith("Courrier de relance"), received[2].getSubject());
      for (MimeMessage message : received) {
        ZonedDateTime local = message.getSentDate().toInstant().atZone(PARIS);
        assertFalse(local.toLocalTime().isBefore(LocalTime.of(8, 0)) || !local.toLocalTime().isBefore(LocalTime.of(20, 0)),
            "sent at " + local);
        assertFalse(local.getDayOfWeek() == DayOfWeek.SUNDAY, "sent at " + local);
      }
      Part letter = attachment((Multipart) received[2].getContent());
      assertNotNull(letter, "the first letter is attached");
      assertEquals("courrier-first-letter-2026-12-25.pdf", letter.getFileName());
      byte[] pdf = bytes(letter);
      assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf, 4));
      assertEquals(3, rig.journal(caseId, "MessageRecorded", 3).size());

      URI link = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(rig.service.uri(link.getPath())).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<form method=\"post\">"));
      assertEquals(0, rig.journal(caseId, "ContactStopped").size(), "opening the link stops nothing");
      HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(rig.service.uri(link.getPath()))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, oneClick.statusCode());
      assertEquals(1, rig.journal(caseId, "ContactStopped").size());
      assertEquals(404, http.send(HttpRequest.newBuilder(rig.service.uri(link.getPath().replace('a', 'b')
          .replace('0', '1'))).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode(), "a forged link stops nothing");

      rig.advanceHours(15 * 24); // 10 January: past the warning letter's rung, but the debtor asked to stop
      assertEquals("warning_letter", rig.service.get("/api/cases/" + caseId).text("stage"));
      assertEquals(3, rig.mail.getReceivedMessages().length);
    }
  }

  private static Part attachment(Multipart mixed) throws Exception {
    for (int i = 0; i < mixed.getCount(); i++) {
      BodyPart part = mixed.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return part;
      }
    }
    return null;
  }

  private static byte[] bytes(Part part) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part.getDataHandler().writeTo(out);
    return out.toByteArray();
  }
}
