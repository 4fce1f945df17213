package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.owner.OwnerChats;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hard bounce on the real service: the receiving server refuses the debtor's address (SMTP 550), so
 * the case's journal records the failed e-mail and the bounce with the address, the owner is told on
 * Telegram in their language, and the next rung's message is not e-mailed again (the owner gets it to
 * send by hand instead).
 */
class EmailBounceTest {

  @Test
  void aRefusedAddressIsRecordedTheOwnerToldAndNotWrittenToAgain(@TempDir Path dir) throws Exception {
    try (RefusingSmtpServer refusing = new RefusingSmtpServer();
         EmailRig rig = EmailRig.start(dir, refusing.port(), Map.of())) {
      String businessId = rig.service.createBusiness();
      new OwnerChats(rig.service.relance().dataSource()).bind("4242", businessId, Instant.parse("2026-11-23T08:00:00Z"));
      String caseId = rig.caseWithEmailOnly(businessId, "2026-12-10");

      rig.advanceHours(10 * 24); // Thursday 3 December, 09:00 in Paris: the pre-due reminder is tried
      List<JsonNode> bounces = rig.journal(caseId, "EmailBounced");
      assertEquals(1, bounces.size());
      assertEquals(EmailRig.DEBTOR, bounces.get(0).path("recipient").asText());
      assertTrue(bounces.get(0).path("detail").asText().startsWith("550"), bounces.get(0).toString());
      JsonNode failed = rig.journal(caseId, "MessageRecorded").get(0);
      assertEquals("email", failed.path("channel").asText());
      assertEquals("failed", failed.path("delivery").asText().toLowerCase());
      assertEquals(EmailRig.DEBTOR, failed.path("recipient").asText());
      assertEquals(bounces.get(0).path("messageId").asText(), failed.path("messageId").asText());

      List<String> told = rig.toOwnerChat("4242").stream().filter(t -> t.contains("semble invalide")).toList();
      assertEquals(1, told.size(), rig.toOwnerChat("4242").toString());
      assertTrue(told.get(0).contains("L’adresse e-mail de Boulangerie Martin (" + EmailRig.DEBTOR
          + ") semble invalide"), told.get(0));

      rig.advanceHours(8 * 24); // Friday 11 December: the friendly reminder goes to the owner, to send by hand
      assertEquals(1, rig.journal(caseId, "EmailBounced").size(), "no e-mail tried again");
      assertTrue(rig.toOwnerChat("4242").stream().anyMatch(t -> t.contains("l'étape « relance amiable » pour Boulangerie"
          + " Martin") && t.contains("à copier tel quel")), rig.toOwnerChat("4242").toString());
      assertEquals(1, rig.toOwnerChat("4242").stream().filter(t -> t.contains("semble invalide")).count());
    }
  }

}
