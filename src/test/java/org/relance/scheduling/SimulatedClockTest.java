package org.relance.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimulatedClockTest {

  @Test
  void movesOnlyForwardAndItsZonedViewsMoveWithIt() {
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-23T08:00:00Z"));
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), clock.advanceTo(Instant.parse("2026-12-01T00:00:00Z")));
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), clock.advanceTo(Instant.parse("2026-11-30T00:00:00Z")),
        "never backwards");
    assertEquals(clock.instant(), paris.instant());
    assertEquals("2026-12-01T01:00", java.time.LocalDateTime.now(paris).toString());
  }
}
