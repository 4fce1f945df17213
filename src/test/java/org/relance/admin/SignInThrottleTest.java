package org.relance.admin;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

/** The sign-in throttle on a clock the test moves. */
class SignInThrottleTest {

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  @Test
  void fiveFailuresHoldAnEmailUntilTheOldestLeavesTheWindow() {
    MovableClock clock = new MovableClock();
    SignInThrottle throttle = new SignInThrottle(clock, 5, Duration.ofMinutes(15));
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.allows("Owner@x.fr"));
      throttle.failed("owner@x.fr ");
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    assertFalse(throttle.allows("owner@x.fr"), "5 failures in 5 minutes");
    assertTrue(throttle.allows("other@x.fr"));
    clock.now = Instant.parse("2026-11-23T08:15:00Z");
    assertTrue(throttle.allows("owner@x.fr"), "the first failure (08:00) left the window");
    throttle.failed("owner@x.fr");
    assertFalse(throttle.allows("owner@x.fr"));
    throttle.succeeded("owner@x.fr");
    assertTrue(throttle.allows("owner@x.fr"), "a success clears the count");
  }
}
