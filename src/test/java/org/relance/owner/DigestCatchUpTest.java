package org.relance.owner;

import org.relance.scheduling.AlarmTicker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.messages.MessageTemplates;
import org.relance.readside.CaseSummaries;
import org.relance.scheduling.SimulatedClock;
import org.relance.telegram.OutgoingMessage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The digest on the system clock's ticker, on real parts (H2, the case entities, the read side):
 * a time with minutes (08:30 Paris), a digest missed while the service was down sent when it comes
 * back the same local day, once, and never a past day's. The ticker runs on a clock of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestCatchUpTest {

  private TestService service;
  private final ExecutorService blocking = Executors.newFixedThreadPool(2);
  private OwnerChats chats;
  private OwnerCases cases;
  private OwnerTexts texts;
  private final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, Map.of("relance.telegram.bot-username", "relance_test_bot"));
    var relance = service.relance();
    chats = new OwnerChats(relance.dataSource());
    cases = new OwnerCases(relance.system(), relance.cases(), new CaseSummaries(relance.dataSource()),
        relance.time(), blocking, relance.termsRefresh());
    texts = new OwnerTexts(MessageTemplates.load());
  }

  @AfterAll
  void stop() {
    service.close();
    blocking.shutdownNow();
  }

  /** A business whose digest is at 08:30 Paris, its owner's chat, and a case overdue (a call due today). */
  private String ownerWithACallToday(String chatId) {
    var created = service.post("/api/businesses", """
        {"name": "Atelier Dupont", "language": "fr", "jurisdiction": "FR", "timezone": "Europe/Paris",
         "digestHour": 8, "digestMinute": 30}""");
    assertEquals(201, created.status(), created.toString());
    String business = created.text("id");
    assertEquals(java.time.LocalTime.of(8, 30),
        cases.profile(business).toCompletableFuture().join().orElseThrow().digestTime());
    service.createCase(business, "2026-11-01");
    chats.bind(chatId, business, service.relance().time().clock().instant());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (cases.openCases(business).toCompletableFuture().join().isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "the read side never showed the case");
      Thread.onSpinWait();
    }
    return business;
  }

  private AlarmTicker tickerAt(SimulatedClock clock) {
    OwnerDigest digest = new OwnerDigest(chats, cases, texts, messages -> {
      sent.addAll(messages);
      return CompletableFuture.completedFuture(null);
    }, blocking, clock);
    return new AlarmTicker("the digest", digest, clock, OwnerDigest.LOOK_BACK);
  }

  private List<String> textsTo(String chat) {
    return sent.stream().filter(m -> m.chatId().equals(chat)).map(OutgoingMessage::text).toList();
  }

  @Test
  void aDigestMissedWhileDownComesWhenTheServiceIsBackThatDayOnce() {
    ownerWithACallToday("9101");
    // down from before 08:30 Paris until 10:15 (09:15 UTC) the same day
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-23T09:15:00Z"));
    AlarmTicker back = tickerAt(clock);
    back.tick().toCompletableFuture().join();
    List<String> digest = textsTo("9101");
    assertEquals(2, digest.size(), () -> "the title and the call: " + digest);
    assertTrue(digest.get(0).startsWith("Bonjour ! 1 point(s)"), digest.get(0));
    assertTrue(digest.get(1).startsWith("Appeler Boulangerie Martin"), digest.get(1));

    clock.advanceTo(Instant.parse("2026-11-23T10:00:00Z"));
    back.tick().toCompletableFuture().join();
    tickerAt(clock).tick().toCompletableFuture().join();
    assertEquals(2, textsTo("9101").size(), "a later check, or another restart that day, sends it no more");
  }

  @Test
  void aDigestOfADayGoneIsNotSentButTodaysComesAtHalfPastEight() {
    ownerWithACallToday("9102");
    // the 23rd's digest was never sent; the service comes back on the 24th at 07:00 Paris
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-24T06:00:00Z"));
    AlarmTicker back = tickerAt(clock);
    back.tick().toCompletableFuture().join();
    assertEquals(List.of(), textsTo("9102"), "yesterday's digest is not sent a day late");
    clock.advanceTo(Instant.parse("2026-11-24T07:29:00Z"));
    back.tick().toCompletableFuture().join();
    assertEquals(List.of(), textsTo("9102"), "08:29 in Paris: not yet");
    clock.advanceTo(Instant.parse("2026-11-24T07:30:00Z"));
    back.tick().toCompletableFuture().join();
    assertEquals(2, textsTo("9102").size(), "08:30 in Paris: the digest");
  }
}
