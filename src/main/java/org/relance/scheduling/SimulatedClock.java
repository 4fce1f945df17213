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

  public SimulatedClock(Instant start) {
    this.now = new AtomicReference<>(start);
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
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a simulated clock is in UTC; convert instants with atZone");
  }
}
