package org.relance.owner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.scheduling.TimeKeeper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The invitation in the business API, and the simulated clock stopping at alarms, on the real service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerApiAndClockTest {

  private TestService service;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, Map.of("relance.telegram.bot-username", "relance_test_bot"));
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void aRegisteredBusinessGetsItsOwnerLinkAndCanHaveANewOne() {
    var created = service.post("/api/businesses", """
        {"name": "Atelier Dupont", "language": "fr", "jurisdiction": "FR", "timezone": "Europe/Paris"}""");
    assertEquals(201, created.status(), created.toString());
    String id = created.text("id");
    String token = created.body().path("invitation").path("token").asText();
    assertEquals("https://t.me/relance_test_bot?start=" + token,
        created.body().path("invitation").path("link").asText());
    assertEquals("2026-12-07T08:00:00Z", created.body().path("invitation").path("expiresAt").asText());

    var again = service.post("/api/businesses/" + id + "/invitation", null);
    assertEquals(201, again.status(), again.toString());
    assertNotEquals(token, again.text("token"));
    assertEquals(404, service.post("/api/businesses/no-such-business/invitation", null).status());
  }

  @Test
  void anAdvanceStopsAtEachAlarmOnTheWayWithTheClockAtThatInstant() {
    List<String> rung = new CopyOnWriteArrayList<>();
    var time = service.relance().time();
    Instant first = time.clock().instant().plusSeconds(36 * 3600);
    Instant second = first.plusSeconds(36 * 3600);
    time.addAlarm(new TimeKeeper.Alarm() {
      @Override
      public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
        return CompletableFuture.completedFuture(Stream.of(first, second).filter(at -> at.isAfter(after)).findFirst());
      }

      @Override
      public CompletionStage<Void> ring(Instant at) {
        rung.add(at + " at " + time.clock().instant());
        return CompletableFuture.completedFuture(null);
      }
    });
    service.advanceDays(4);
    assertEquals(List.of(first + " at " + first, second + " at " + second), rung);
  }
}
