package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.RelanceConfig;
import org.relance.storage.Database;
import org.relance.storage.SchemaMigration;
import org.relance.telegram.TelegramStore.OutboxEntry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Telegram tables on both databases the service supports: once-only updates and the outbox's life. */
class TelegramStoreTest {

  @Test
  void onH2(@TempDir Path dataDir) {
    exercise(Map.of("relance.data-dir", dataDir.toString()));
  }

  @Test
  void onPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      exercise(Map.of("relance.db.kind", "postgres", "relance.db.url", postgres.getJdbcUrl("postgres", "postgres"),
          "relance.db.user", "postgres"));
    }
  }

  private static void exercise(Map<String, Object> settings) {
    Config config = RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(settings));
    try (Database database = Database.open(config)) {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      TelegramStore store = new TelegramStore(database.dataSource(), new ObjectMapper(),
          Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

      OutgoingMessage greeting = OutgoingMessage.withButtons("-100123", "Bonjour ! Voici l’échéance : 1 200,50 €",
          List.of(List.of(new OutgoingMessage.Button("En savoir plus", "help")))).forCase("case-1");
      assertTrue(store.commitUpdate(41, List.of(greeting, OutgoingMessage.callbackAnswer("-100123", "cb1", null))));
      assertFalse(store.commitUpdate(41, List.of(OutgoingMessage.text("-100123", "again"))),
          "the same update_id is not recorded twice");
      assertTrue(store.isProcessed(41));
      assertEquals(0, store.forgetUpdatesOlderThan(Duration.ofDays(3)), "a fresh id is remembered");
      assertEquals(1, store.forgetUpdatesOlderThan(Duration.ofSeconds(-1)), "an old one is forgotten");
      assertFalse(store.isProcessed(41));

      List<OutboxEntry> pending = store.pendingAfter(0);
      assertEquals(2, pending.size(), "only the first delivery's replies are in the outbox");
      assertEquals(greeting, pending.get(0).message(), "a message survives the outbox unchanged (UTF-8, buttons, case)");

      store.markSending(pending.get(0).id());
      List<OutboxEntry> afterCrash = store.recoverPending();
      assertEquals(1, afterCrash.get(0).unknownOutcomes(), "a row left 'sending' has an unknown outcome");
      store.markSent(pending.get(0).id(), 9001, true);
      store.markFailed(pending.get(1).id(), "Forbidden: bot was blocked by the user");
      assertEquals(Map.of("sent", 1, "possible_duplicate", 1, "failed", 1), store.summary("-100123"));
      assertTrue(store.pendingAfter(0).isEmpty());
    }
  }
}
