package org.relance.debtorpage;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

/** A page link serves so many requests a minute, counted per token; the next minute starts again. */
class PageThrottleTest {

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aLinkIsRefusedPastItsRequestsPerMinuteAndAnotherLinkIsNot() {
    MovableClock clock = new MovableClock();
    PageThrottle throttle = new PageThrottle(clock, 3);
    assertTrue(throttle.allow("a") && throttle.allow("a") && throttle.allow("a"));
    assertFalse(throttle.allow("a"));
    assertTrue(throttle.allow("b"), "counted per link");
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertTrue(throttle.allow("a"), "a new minute");
    assertThrows(IllegalArgumentException.class, () -> new PageThrottle(clock, 0));
  }
}
