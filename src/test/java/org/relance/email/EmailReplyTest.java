package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.owner.OwnerChats;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The debtor answers a reminder by e-mail (read from the IMAP mailbox of GreenMail): the same dialogue
 * as Telegram reads their words without the quoted reminder, asks them to confirm by e-mail, and the
 * promise lands in the case; the owner is told on Telegram; the dialogue's e-mails are threaded. The
 * confirmation can also be given in one click: the e-mail carries a signed link per answer to the
 * debtor's page, which asks once more and records the answer on its button.
 */
class EmailReplyTest {

  @Test
  void aPromiseWrittenByEmailIsConfirmedAndLandsInTheCase(@TempDir Path dir) throws Exception {
    try (EmailRig rig = EmailRig.start(dir, 0, Map.of())) {
      String businessId = rig.service.createBusiness();
      new OwnerChats(rig.service.relance().dataSource()).bind("4242", businessId, Instant.parse("2026-11-23T08:00:00Z"));
      String caseId = rig.caseWithEmailOnly(businessId, "2026-12-10");
      rig.advanceHours(10 * 24 - 1); // Thursday 3 December, 08:00 in Paris: the pre-due reminder
      MimeMessage reminder = rig.received(1)[0];

      rig.reply("<r1@boulangerie-martin.test>", reminder.getReplyTo()[0].toString(), reminder.getMessageID(), """
          je vous règle le 15, désolé pour le retard

          -- 
          Paul Martin

          Le jeu. 3 déc. 2026 à 08:00, Relance <relance@relance.test> a écrit :
          > Bonjour, je vous écris pour le compte de l’entreprise Atelier Dupont.
          """);
      MimeMessage question = rig.received(2)[1];
      assertEquals(EmailRig.DEBTOR, question.getAllRecipients()[0].toString());
      assertEquals("<r1@boulangerie-martin.test>", question.getHeader("In-Reply-To", null),
          question.getSubject() + " " + ((Multipart) question.getContent()).getBodyPart(0).getContent());
      String asked = ((Multipart) question.getContent()).getBodyPart(0).getContent().toString();
      assertTrue(asked.contains("15"), asked);
      assertTrue(asked.contains("« Oui »"), asked);
      assertFalse(rig.service.get("/api/cases/" + caseId).body().path("promise").has("date"), "not before the yes");

      rig.reply("<r2@boulangerie-martin.test>", question.getReplyTo()[0].toString(), question.getMessageID(),
          "Oui\n\n> " + asked.replace("\n", "\n> "));
      JsonNode promise = waitForPromise(rig, caseId);
      assertEquals("2026-12-15", promise.path("date").asText());
      rig.received(3);

      List<JsonNode> in = rig.journal(caseId, "MessageRecorded").stream()
          .filter(m -> m.path("direction").asText().equalsIgnoreCase("in")).toList();
      assertEquals("je vous règle le 15, désolé pour le retard", in.get(0).path("text").asText(),
          "the debtor's own words, without the quote or the signature");
      assertEquals("email", in.get(0).path("channel").asText());
      assertTrue(rig.toOwnerChat("4242").stream().anyMatch(t -> t.contains("15")), rig.toOwnerChat("4242").toString());
    }
  }

  @Test
  void aPromiseWrittenByEmailIsConfirmedThroughItsSignedLink(@TempDir Path dir) throws Exception {
    try (EmailRig rig = EmailRig.start(dir, 0, Map.of())) {
      String businessId = rig.service.createBusiness();
      String caseId = rig.caseWithEmailOnly(businessId, "2026-12-10");
      rig.advanceHours(10 * 24 - 1);
      MimeMessage reminder = rig.received(1)[0];
      rig.reply("<r1@boulangerie-martin.test>", reminder.getReplyTo()[0].toString(), reminder.getMessageID(),
          "je vous règle le 15, désolé pour le retard");
      String asked = ((Multipart) rig.received(2)[1].getContent()).getBodyPart(0).getContent().toString();
      Matcher yes = Pattern.compile("Oui : https://relance\\.test(/d/\\S+/answer/\\S+)").matcher(asked);
      assertTrue(yes.find(), "a one-click answer: " + asked);

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> shown = http.send(HttpRequest.newBuilder(rig.service.uri(yes.group(1))).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, shown.statusCode(), shown.body());
      assertFalse(rig.service.get("/api/cases/" + caseId).body().path("promise").has("date"), "opening answers nothing");
      Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(shown.body());
      assertTrue(csrf.find(), shown.body());
      String cookie = shown.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
          .collect(Collectors.joining("; "));
      HttpResponse<String> answered = http.send(HttpRequest.newBuilder(rig.service.uri(yes.group(1)))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
          .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answered.statusCode(), answered.body());
      assertEquals("2026-12-15", waitForPromise(rig, caseId).path("date").asText());
    }
  }

  private static JsonNode waitForPromise(EmailRig rig, String caseId) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    JsonNode promise = rig.service.get("/api/cases/" + caseId).body().path("promise");
    while (!promise.has("date") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      promise = rig.service.get("/api/cases/" + caseId).body().path("promise");
    }
    return promise;
  }

}
