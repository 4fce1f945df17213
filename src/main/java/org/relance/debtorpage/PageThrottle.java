package org.relance.debtorpage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests one page link may serve per minute on this node
 * ({@code relance.debtor-page.requests-per-minute}): counted in fixed one-minute windows per token,
 * whether or not the token opens anything, so guessing or hammering a link is slowed. Counts of
 * windows gone by are dropped when the map grows.
 */
final class PageThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int TIDY_AT = 10_000;

  private record Window(Instant start, int count) {}

  private final Clock clock;
  private final int perMinute;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  PageThrottle(Clock clock, int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("relance.debtor-page.requests-per-minute must be at least 1, not " + perMinute);
    }
    this.clock = clock;
    this.perMinute = perMinute;
  }

  /** Whether one more request on this token is allowed now (and counts it). */
  boolean allow(String token) {
    Instant now = clock.instant();
    if (windows.size() > TIDY_AT) {
      windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
    }
    Window window = windows.compute(token, (t, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
        ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    return window.count() <= perMinute;
  }
}
