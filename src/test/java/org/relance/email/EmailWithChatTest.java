package org.relance.email;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.common.Language;
import org.relance.dialogue.DebtorChats;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The business's choice for a debtor who has both a verified Telegram chat and an e-mail address, on
 * the real service with the Bot API stand-in and GreenMail: "by e-mail and in the chat"
 * ({@code emailWithChat}) writes the ladder's message both ways, each journaled with its channel; the
 * default writes in the chat only, and no e-mail goes.
 */
class EmailWithChatTest {

  @Test
  void aBusinessThatChoseBothWritesInTheChatAndByEmailTheDefaultInTheChatOnly(@TempDir Path dir) throws Exception {
    try (BotApiStandIn standIn = BotApiStandIn.start(0);
         EmailRig rig = EmailRig.start(dir, 0, Map.of("relance.telegram.token", "test-token",
             "relance.telegram.api-url", standIn.url(), "relance.telegram.long-poll-timeout", "1s",
             "relance.telegram.request-timeout", "5s"))) {
      String both = rig.service.post("/api/businesses", """
          {"name": "Atelier Durand", "address": {"street": "4 rue Haute", "postcode": "75003", "city": "Paris",
           "country": "FR"}, "legalId": "552 100 554 00012", "signatory": "Paul Durand",
           "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP", "language": "fr", "jurisdiction": "FR",
           "timezone": "Europe/Paris", "emailWithChat": true}""").text("id");
      String chatOnly = rig.service.createBusiness();
      String bothCase = rig.caseWithEmailOnly(both, "2026-12-10");
      String chatOnlyCase = rig.caseWithEmailOnly(chatOnly, "2026-12-10");
      DebtorChats chats = new DebtorChats(rig.service.relance().dataSource());
      Instant now = rig.service.relance().time().clock().instant();
      chats.bind("501", bothCase, both, Language.FR, now);
      chats.markVerified("501", bothCase, now);
      chats.bind("502", chatOnlyCase, chatOnly, Language.FR, now);
      chats.markVerified("502", chatOnlyCase, now);

      rig.advanceHours(10 * 24 - 1); // Thursday 3 December, 08:00 in Paris: the pre-due rung's messages go
      Call inBothChat = preDueIn(standIn, "501");
      Call inChatOnly = preDueIn(standIn, "502");
      assertTrue(inBothChat.text().contains("F-101"), inBothChat.text());
      assertTrue(inChatOnly.text().contains("F-101"), inChatOnly.text());
      MimeMessage[] emails = rig.received(1);
      assertTrue(emails[0].getSubject().startsWith("Rappel avant échéance : F-101"), emails[0].getSubject());
      String plain = ((jakarta.mail.Multipart) emails[0].getContent()).getBodyPart(0).getContent().toString();
      assertTrue(plain.contains("Atelier Durand"), "the e-mail is the business that chose both: " + plain);

      assertEquals(List.of("email", "telegram"), channels(rig.journal(bothCase, "MessageRecorded", 2)));
      assertEquals(List.of("telegram"), channels(rig.journal(chatOnlyCase, "MessageRecorded", 1)));
      assertEquals(1, rig.toDebtor().length, "no e-mail for the business that kept the chat only");
    }
  }

  private static Call preDueIn(BotApiStandIn standIn, String chat) throws InterruptedException {
    return standIn.state().awaitCall(0, c -> c.method().equals("sendmessage") && chat.equals(c.chatId()),
        Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("nothing was written in chat " + chat));
  }

  private static List<String> channels(List<JsonNode> recorded) {
    return recorded.stream().map(m -> m.path("channel").asText()).sorted().toList();
  }
}
