package org.relance.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.Relance;
import org.relance.conversations.Script;
import org.relance.conversations.ScriptRunner;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Messages that answer no update (reminders, notes to the owner) go through the same outbox and sender. */
class TelegramModuleSendTest {

  @Test
  void sendsNewMessagesWithButtonsAndEditsInOrder(@TempDir Path dataDir) throws Exception {
    try (BotApiStandIn standIn = BotApiStandIn.start(0)) {
      Relance relance = Relance.start(ScriptRunner.serviceConfig(dataDir, standIn, Script.Profile.FAST, Map.of()));
      try {
        relance.telegram().send(List.of(
            OutgoingMessage.withButtons("77", "Votre facture F-12 arrive à échéance le 30 novembre.",
                List.of(List.of(new OutgoingMessage.Button("C’est noté", "ack")))).forCase("case-77"),
            OutgoingMessage.edit("77", 5, "Merci, c’est noté."))).toCompletableFuture().join();

        Call edit = standIn.state().awaitCall(0, c -> c.method().equals("editmessagetext"), Duration.ofSeconds(10))
            .orElseThrow(() -> new AssertionError("the edit was not sent"));
        Call message = standIn.state().calls().stream().filter(c -> c.method().equals("sendmessage"))
            .findFirst().orElseThrow();
        assertEquals("77", message.chatId());
        assertEquals("Votre facture F-12 arrive à échéance le 30 novembre.", message.text());
        assertEquals(true, message.sequence() < edit.sequence(), "in the order given, within the chat");
        assertEquals(5L, ((Number) edit.params().get("message_id")).longValue());
        assertEquals("Merci, c’est noté.", edit.text());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!Map.of("sent", 2).equals(relance.telegram().store().summary("77")) && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertEquals(Map.of("sent", 2), relance.telegram().store().summary("77"));
      } finally {
        relance.stop();
      }
    }
  }
}
