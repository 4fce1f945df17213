package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import okhttp3.OkHttpClient;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.relance.config.RelanceConfig;
import org.relance.metrics.Metrics;
import org.relance.storage.Database;
import org.relance.storage.SchemaMigration;
import org.relance.telegram.standin.BotApiStandIn;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A sender under test without the rest of the service: an H2 database with the schema, the outbox
 * store, the stand-in Bot API and the real Telegram client pointed at it; {@link #spawn} starts the
 * sender actor. Outcomes reported to the journal are kept as lines ({@code "sent <chat> <text>"}).
 */
final class SenderRig implements AutoCloseable {

  final Database database;
  final BotApiStandIn standIn;
  final TelegramStore store;
  private final Config config;
  private final ActorTestKit testKit = ActorTestKit.create();
  private final ExecutorService blocking = Executors.newFixedThreadPool(2);

  SenderRig(Path dataDir) throws IOException {
    config = RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(Map.of(
        "relance.data-dir", dataDir.toString(), "relance.telegram.token", "t",
        "relance.telegram.retry.initial-backoff", "50ms", "relance.telegram.rate.per-chat-per-second", 100)));
    database = Database.open(config);
    new SchemaMigration(database.dataSource(), database.kind()).migrate();
    standIn = BotApiStandIn.start(0);
    store = new TelegramStore(database.dataSource(), new ObjectMapper(), Clock.systemUTC());
  }

  /** Starts the sender on the outbox with these documents, reporting each outcome to {@code journal}. */
  void spawn(DocumentSource documents, List<String> journal) {
    TelegramSettings settings = TelegramSettings.from(config.withValue("relance.telegram.api-url",
        ConfigValueFactory.fromAnyRef(standIn.url())));
    var client = new OkHttpTelegramClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build(),
        "t", settings.telegramUrl());
    testKit.spawn(TelegramSender.create(store, new BotApiCall(client, documents), recording(journal), settings,
        blocking, Clock.systemUTC(), Metrics.get(testKit.system()).messages(Metrics.TELEGRAM)));
  }

  /** Waits up to 10 s until the journal has {@code count} lines. */
  static void awaitLines(List<String> journal, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (journal.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static DeliveryJournal recording(List<String> journal) {
    return new DeliveryJournal() {
      @Override
      public void sent(long outboxId, OutgoingMessage message, long telegramMessageId) {
        journal.add("sent " + message.chatId() + message.caseIdIfAny().map(id -> " " + id).orElse("")
            + (message.document() == null ? "" : " " + message.journalText()));
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

  @Override
  public void close() {
    testKit.shutdownTestKit();
    blocking.shutdownNow();
    standIn.close();
    database.close();
  }
}
