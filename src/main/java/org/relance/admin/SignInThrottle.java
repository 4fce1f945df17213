package org.relance.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one email within
 * {@code window}, that email may not sign in with a password until the oldest failure leaves the
 * window. Kept in memory on each node (a restart forgets it).
 */
final class SignInThrottle {

  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  SignInThrottle(Clock clock, int maxFailures, Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** True when the email may try a password now. */
  boolean allows(String email) {
    Deque<Instant> recent = failures.get(key(email));
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      forgetOld(recent);
      return recent.size() < maxFailures;
    }
  }

  void failed(String email) {
    Deque<Instant> recent = failures.computeIfAbsent(key(email), k -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent);
      recent.addLast(clock.instant());
    }
  }

  void succeeded(String email) {
    failures.remove(key(email));
  }

  private void forgetOld(Deque<Instant> recent) {
    Instant since = clock.instant().minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
      recent.removeFirst();
    }
  }

  private static String key(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }
}
