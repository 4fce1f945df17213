package org.relance.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told to move, and only forwards: the time of
 * {@code relance.clock.mode = simulated}, and of the tests that live through months in a second.
 */
public final class SimulatedClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public SimulatedClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves to {@code target} if it is later; returns the time now. */
  public Instant advanceTo(Instant target) {
    return now.accumulateAndGet(target, (current, wanted) -> wanted.isAfter(current) ? wanted : current);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving time, seen from another zone. */
  @Override
  public Clock withZone(ZoneId other) {
    return new SimulatedClock(now, other);
  }
}
