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
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sender after a crash: rows left 'sending' (a request was on the wire when the process died)
 * are sent once more and reported as possible duplicates; a row whose outcome was already unknown
 * once is not sent again; every outcome reaches the delivery journal once.
 */
class TelegramSenderRecoveryTest {

  @Test
  void afterACrashMidSendNothingIsLostAndOnlyTheUnknownIsRepeated(@TempDir Path dataDir) throws Exception {
    Config config = RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(Map.of(
        "relance.data-dir", dataDir.toString(), "relance.telegram.token", "t",
        "relance.telegram.retry.initial-backoff", "50ms", "relance.telegram.rate.per-chat-per-second", 100)));
    ActorTestKit testKit = ActorTestKit.create();
    ExecutorService blocking = Executors.newFixedThreadPool(2);
    try (Database database = Database.open(config); BotApiStandIn standIn = BotApiStandIn.start(0)) {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      TelegramStore store = new TelegramStore(database.dataSource(), new ObjectMapper(), Clock.systemUTC());
      store.enqueue(List.of(OutgoingMessage.text("11", "was on the wire when the process died"),
          OutgoingMessage.text("22", "unknown twice already"),
          OutgoingMessage.text("33", "never attempted").forCase("case-33")));
      try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
        st.executeUpdate("UPDATE telegram_outbox SET status = 'sending' WHERE chat_id IN ('11', '22')");
        st.executeUpdate("UPDATE telegram_outbox SET unknown_outcomes = 1 WHERE chat_id = '22'");
      }
      List<String> journal = new CopyOnWriteArrayList<>();
      TelegramSettings settings = TelegramSettings.from(config.withValue("relance.telegram.api-url",
          ConfigValueFactory.fromAnyRef(standIn.url())));
      var client = new OkHttpTelegramClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build(),
          "t", settings.telegramUrl());

      testKit.spawn(TelegramSender.create(store, new BotApiCall(client, DocumentSource.none()), recording(journal),
          settings, blocking, Clock.systemUTC()));

      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (journal.size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(List.of("possible_duplicate 11", "failed 22", "sent 33 case-33"),
          journal.stream().sorted((a, b) -> a.split(" ")[1].compareTo(b.split(" ")[1])).toList());
      List<String> delivered = standIn.state().calls().stream()
          .filter(call -> call.method().equals("sendmessage")).map(call -> call.chatId()).sorted().toList();
      assertEquals(List.of("11", "33"), delivered, "each sent once, the twice-unknown one not again");
      assertEquals(Map.of("sent", 1, "possible_duplicate", 1), store.summary("11"));
      assertEquals(Map.of("failed", 1), store.summary("22"));
      assertTrue(store.pendingAfter(0).isEmpty());
    } finally {
      testKit.shutdownTestKit();
      blocking.shutdownNow();
    }
  }

  private static DeliveryJournal recording(List<String> journal) {
    return new DeliveryJournal() {
      @Override
      public void sent(long outboxId, OutgoingMessage message, long telegramMessageId) {
        journal.add("sent " + message.chatId() + message.caseIdIfAny().map(id -> " " + id).orElse(""));
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
