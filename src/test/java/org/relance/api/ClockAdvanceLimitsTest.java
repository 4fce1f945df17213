package org.relance.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13, finding 8: {@code POST /api/clock/advance} refuses spans over 400 days, and a retry with
 * the same {@code Idempotency-Key} moves the clock to the same instant, never twice (also after a
 * restart: the target is kept in the database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClockAdvanceLimitsTest {

  private TestService service;
  private Path dataDir;
  private java.util.Map<String, Object> database;

  /** The database settings of this run: none for the default H2 file. */
  protected java.util.Map<String, Object> databaseSettings() {
    return java.util.Map.of();
  }

  @BeforeAll
  void start(@TempDir Path dir) {
    dataDir = dir;
    database = databaseSettings();
    service = TestService.start(dataDir, database);
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void spansOverFourHundredDaysAreRefusedAndARetryDoesNotAdvanceTwice() {
    var days = service.post("/api/clock/advance", "{\"days\": 401}");
    assertEquals(400, days.status(), days.toString());
    assertEquals("days", days.text("field"));
    var hours = service.post("/api/clock/advance", "{\"hours\": 9601}");
    assertEquals(400, hours.status(), hours.toString());
    assertEquals("hours", hours.text("field"));
    assertEquals(400, service.post("/api/clock/advance", "{\"days\": 3660}").status());

    Instant before = Instant.parse(service.get("/api/clock").text("now"));
    var moved = service.post("/api/clock/advance", "{\"days\": 2}", "move-1");
    assertEquals(200, moved.status(), moved.toString());
    Instant target = before.plus(Duration.ofDays(2));
    assertEquals(target.toString(), moved.text("target"));
    assertEquals(target.toString(), moved.text("now"));
    var retried = service.post("/api/clock/advance", "{\"days\": 2}", "move-1");
    assertEquals(200, retried.status(), retried.toString());
    assertEquals(target.toString(), retried.text("now"), "the retry did not move the clock again");

    service.close();
    service = TestService.start(dataDir, database);
    assertEquals(target.toString(), service.post("/api/clock/advance", "{\"days\": 2}", "move-1").text("now"),
        "nor after a restart");
    assertEquals(target.plus(Duration.ofDays(1)).toString(),
        service.post("/api/clock/advance", "{\"days\": 1}", "move-2").text("now"), "another key moves it");
  }
}
