package org.relance.email;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.relance.owner.OwnerChats;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The written follow-ups of a case (here the reminder before a plan's instalment) reach a debtor with
 * only an e-mail address by e-mail, once, instead of going to the owner to send by hand.
 */
class EmailFollowUpTest {

  @Test
  void theReminderBeforeAnInstalmentComesByEmail(@TempDir Path dir) throws Exception {
    try (EmailRig rig = EmailRig.start(dir, 0, Map.of())) {
      String businessId = rig.service.createBusiness();
      new OwnerChats(rig.service.relance().dataSource()).bind("4242", businessId, Instant.parse("2026-11-23T08:00:00Z"));
      String caseId = rig.caseWithEmailOnly(businessId, "2026-12-10");
      assertEquals(201 / 100, rig.service.post("/api/cases/" + caseId + "/plans", """
          {"installments": [{"date": "2026-12-02", "amount": 600.25}, {"date": "2026-12-30", "amount": 600.25}],
           "words": "deux fois"}""").status() / 100);
      rig.advanceHours(8 * 24); // 1 December: the reminder two days before the first instalment has gone
      MimeMessage[] received = rig.received(1);
      String text = ((Multipart) received[0].getContent()).getBodyPart(0).getContent().toString();
      assertTrue(text.contains("Petit rappel amical : votre versement de 600,25"), text);
      assertTrue(text.contains("2 déc. 2026"), text);
      assertEquals(1, rig.journal(caseId, "MessageRecorded", 1).stream()
          .filter(m -> m.path("channel").asText().equals("email")).count());
      assertTrue(rig.toOwnerChat("4242").stream().noneMatch(t -> t.contains("Petit rappel amical")),
          "not handed to the owner to send by hand");
    }
  }
}
