package org.relance.scheduling;

import org.junit.jupiter.api.Test;
import org.relance.owner.OwnerDigest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With the system clock, each instant of an alarm (a digest time) is rung once, at the first check after it. */
class AlarmTickerTest {

  private final List<Instant> rung = new CopyOnWriteArrayList<>();
  private final TimeKeeper.Alarm nineInParis = new TimeKeeper.Alarm() {
    @Override
    public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
      return CompletableFuture.completedFuture(Optional.of(OwnerDigest.nextDigest(after, java.time.LocalTime.of(9, 0), ZoneId.of("Europe/Paris"))));
    }

    @Override
    public CompletionStage<Void> ring(Instant at) {
      rung.add(at);
      return CompletableFuture.completedFuture(null);
    }
  };

  @Test
  void eachDigestTimeIsRungOnceAtTheFirstCheckAfterIt() {
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-11-23T07:30:00Z"));
    AlarmTicker ticker = new AlarmTicker("the digest", nineInParis, clock, java.time.Duration.ZERO);
    ticker.tick().toCompletableFuture().join();
    assertEquals(List.of(Instant.parse("2026-11-22T08:00:00Z")), rung,
        "08:30 in Paris: only the time of the day before, looked back at on start (the digest keeps its own day's)");
    clock.advanceTo(Instant.parse("2026-11-23T08:01:00Z"));
    ticker.tick().toCompletableFuture().join();
    ticker.tick().toCompletableFuture().join();
    assertEquals(List.of(Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-23T08:00:00Z")), rung);
    clock.advanceTo(Instant.parse("2026-11-25T09:00:00Z"));
    ticker.tick().toCompletableFuture().join();
    assertEquals(List.of(Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-23T08:00:00Z"),
        Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-25T08:00:00Z")), rung,
        "two days without a check: both digests, in order");
  }
}
