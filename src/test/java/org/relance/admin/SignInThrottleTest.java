package org.relance.admin;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    SignInThrottle throttle = new SignInThrottle(clock, 5, 100, Duration.ofMinutes(15));
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.reserve("Owner@x.fr", "10.0.0." + i).isPresent(), "try " + i);
      clock.now = clock.now.plus(Duration.ofMinutes(1));
    }
    assertTrue(throttle.reserve("owner@x.fr ", "10.0.0.9").isEmpty(), "5 failures in 5 minutes, from any address");
    assertTrue(throttle.reserve("other@x.fr", "10.0.0.9").isPresent());
    clock.now = Instant.parse("2026-11-23T08:15:00Z");
    Optional<SignInThrottle.Attempt> again = throttle.reserve("owner@x.fr", "10.0.0.9");
    assertTrue(again.isPresent(), "the first failure (08:00) left the window");
    assertTrue(throttle.reserve("owner@x.fr", "10.0.0.9").isEmpty());
    again.get().succeeded();
    assertTrue(throttle.reserve("owner@x.fr", "10.0.0.9").isPresent(), "a success clears the count");
  }

  @Test
  void anAddressIsHeldAcrossEmailsAndItsOwnSuccessDoesNotFreeIt() {
    SignInThrottle throttle = new SignInThrottle(new MovableClock(), 5, 3, Duration.ofMinutes(15));
    throttle.reserve("a@x.fr", "10.0.0.1");
    throttle.reserve("b@x.fr", "10.0.0.1");
    throttle.reserve("mine@x.fr", "10.0.0.1").orElseThrow().succeeded();
    throttle.reserve("c@x.fr", "10.0.0.1");
    assertTrue(throttle.reserve("d@x.fr", "10.0.0.1").isEmpty(), "three failures from one address");
    assertTrue(throttle.reserve("d@x.fr", "10.0.0.2").isPresent(), "another address");
  }

  @Test
  void anAbandonedTryCountsNowhere() {
    SignInThrottle throttle = new SignInThrottle(new MovableClock(), 1, 1, Duration.ofMinutes(15));
    throttle.reserve("a@x.fr", "10.0.0.1").orElseThrow().abandoned();
    assertTrue(throttle.reserve("a@x.fr", "10.0.0.1").isPresent());
  }

  @Test
  void triesMadeAtOnceGetNoMoreThanTheLimit() throws Exception {
    SignInThrottle throttle = new SignInThrottle(new MovableClock(), 5, 100, Duration.ofMinutes(15));
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        tries.add(threads.submit(() -> {
          start.await();
          return throttle.reserve("owner@x.fr", "10.0.0.1").isPresent();
        }));
      }
      start.countDown();
      int reserved = 0;
      for (Future<Boolean> t : tries) {
        reserved += t.get() ? 1 : 0;
      }
      assertEquals(5, reserved);
    } finally {
      threads.shutdownNow();
    }
  }
}
