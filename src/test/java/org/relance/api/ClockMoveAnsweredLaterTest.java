package org.relance.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clock move that takes longer than {@code relance.clock.answer-within} is answered 202 at once and
 * goes on: {@code GET /api/clock} shows {@code movesPending} until the clock is there, every case due on
 * the way has moved, and a retry with the same key then answers 200 without moving further.
 */
class ClockMoveAnsweredLaterTest {

  @Test
  void aLongMoveIsAnswered202AndFinishes(@TempDir Path dataDir) throws InterruptedException {
    try (TestService service = TestService.start(dataDir, Map.of("relance.clock.answer-within", "1ms"))) {
      String businessId = service.createBusiness();
      String caseId = service.createCase(businessId, "2026-12-10");
      Instant before = Instant.parse(service.get("/api/clock").text("now"));
      Instant target = before.plus(Duration.ofDays(32));

      TestService.Answer accepted = service.post("/api/clock/advance", "{\"days\": 32}", "month");
      assertEquals(202, accepted.status(), accepted.toString());
      if (accepted.body().has("target")) {
        assertEquals(target.toString(), accepted.text("target"));
      }
      TestService.Answer clock = settled(service, target);
      assertEquals(target.toString(), clock.text("now"));
      assertEquals("first_letter", service.get("/api/cases/" + caseId).text("stage"), "the case moved on the way");

      TestService.Answer retried = service.post("/api/clock/advance", "{\"days\": 32}", "month");
      assertTrue(retried.status() == 200 || retried.status() == 202, retried.toString());
      if (retried.body().has("target")) {
        assertEquals(target.toString(), retried.text("target"), "the retry aims at the same instant");
      }
      assertEquals(target.toString(), settled(service, target).text("now"), "the retry does not move the clock again");
    }
  }

  /** {@code GET /api/clock} once no move is going on; while one is, it shows where it goes. */
  private static TestService.Answer settled(TestService service, Instant target) throws InterruptedException {
    TestService.Answer clock = service.get("/api/clock");
    for (int i = 0; i < 600 && clock.body().has("movesPending"); i++) {
      if (clock.body().has("movingTo")) {
        assertEquals(target.toString(), clock.text("movingTo"), clock.toString());
      }
      Thread.sleep(50);
      clock = service.get("/api/clock");
    }
    assertFalse(clock.body().has("movesPending"), "the move finished: " + clock);
    return clock;
  }
}
