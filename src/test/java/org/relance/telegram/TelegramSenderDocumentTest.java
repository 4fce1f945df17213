package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import okhttp3.OkHttpClient;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.RelanceConfig;
import org.relance.storage.Database;
import org.relance.storage.SchemaMigration;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents through the outbox: the outbox keeps a reference, the sender reads the bytes when it
 * sends them as a multipart sendDocument (file name, caption, buttons), a reference that names
 * nothing is refused for good, and a message queued once for a key is not queued again.
 */
class TelegramSenderDocumentTest {

  private static final byte[] PDF = "%PDF-1.7 a letter".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void sendsTheStoredFileWithItsCaptionAndButtonsOnce(@TempDir Path dataDir) throws Exception {
    Config config = RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(Map.of(
        "relance.data-dir", dataDir.toString(), "relance.telegram.token", "t",
        "relance.telegram.retry.initial-backoff", "50ms", "relance.telegram.rate.per-chat-per-second", 100)));
    ActorTestKit testKit = ActorTestKit.create();
    ExecutorService blocking = Executors.newFixedThreadPool(2);
    try (Database database = Database.open(config); BotApiStandIn standIn = BotApiStandIn.start(0)) {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      TelegramStore store = new TelegramStore(database.dataSource(), new ObjectMapper(), Clock.systemUTC());
      OutgoingMessage letter = OutgoingMessage.document("41", new OutgoingMessage.Document("letter:c1:first_letter",
              "relance-simple.pdf"), "Votre lettre de relance, à poster aujourd'hui.",
          List.of(List.of(new OutgoingMessage.Button("Postée", "posted:c1:first_letter")))).forCase("c1");
      OutgoingMessage missing = OutgoingMessage.document("42", new OutgoingMessage.Document("letter:c2:first_letter",
          "absent.pdf"), "nothing behind it", List.of());
      assertTrue(store.enqueueOnce("letter:c1:first_letter", List.of(letter)));
      assertFalse(store.enqueueOnce("letter:c1:first_letter", List.of(letter)), "a key queues once");
      store.enqueue(List.of(missing));

      List<String> journal = new CopyOnWriteArrayList<>();
      TelegramSettings settings = TelegramSettings.from(config.withValue("relance.telegram.api-url",
          ConfigValueFactory.fromAnyRef(standIn.url())));
      var client = new OkHttpTelegramClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build(),
          "t", settings.telegramUrl());
      DocumentSource documents = reference -> reference.equals("letter:c1:first_letter")
          ? Optional.of(PDF) : Optional.empty();
      testKit.spawn(TelegramSender.create(store, new BotApiCall(client, documents), recording(journal), settings,
          blocking, Clock.systemUTC()));

      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (journal.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(List.of("failed 42", "sent 41 Votre lettre de relance, à poster aujourd'hui.\n[relance-simple.pdf]"),
          journal.stream().sorted().toList());
      List<Call> sent = standIn.state().calls().stream().filter(c -> c.method().equals("senddocument")).toList();
      assertEquals(1, sent.size(), "one document reached Telegram, once");
      Call document = sent.get(0);
      assertEquals("41", document.chatId());
      assertEquals("file:relance-simple.pdf (" + PDF.length + " bytes)", document.document());
      assertEquals("Votre lettre de relance, à poster aujourd'hui.", document.text());
      assertTrue(String.valueOf(document.params().get("reply_markup")).contains("posted:c1:first_letter"));
      assertEquals(Map.of("sent", 1), store.summary("41"));
      assertEquals(Map.of("failed", 1), store.summary("42"));
    } finally {
      testKit.shutdownTestKit();
      blocking.shutdownNow();
    }
  }

  private static DeliveryJournal recording(List<String> journal) {
    return new DeliveryJournal() {
      @Override
      public void sent(long outboxId, OutgoingMessage message, long telegramMessageId) {
        journal.add("sent " + message.chatId() + " " + message.journalText());
      }

      @Override
      public void possibleDuplicate(long outboxId, OutgoingMessage message, long telegramMessageId) {
        journal.add("possible_duplicate " + message.chatId());
      }

      @Override
      public void failed(long outboxId, OutgoingMessage message, String reason) {
        journal.add("failed " + message.chatId());
      }
    };
  }
}
