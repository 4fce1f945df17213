package org.relance.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing, per email and per client address: a try is RESERVED before its
 * password is checked, and counts as a failure until it ends otherwise, so tries made at the same
 * moment cannot all slip under the limit. At most {@code maxPerEmail} failed or pending tries per
 * email and {@code maxPerAddress} per address within {@code window}; past either, no password is
 * checked until the oldest leaves the window. A success clears its email's count (not its
 * address's: one's own account does not reset a guesser's address). Kept in memory on each node
 * (a restart forgets it); every method holds one lock, so a reservation is atomic.
 */
final class SignInThrottle {

  /** Past this many remembered keys, keys with nothing left in the window are forgotten. */
  private static final int SWEEP_ABOVE = 10_000;

  /** One try in a count; compared by identity, so an attempt forgets exactly its own. */
  private static final class Mark {
    private final Instant at;

    Mark(Instant at) {
      this.at = at;
    }

    Instant at() {
      return at;
    }
  }

  private final Clock clock;
  private final int maxPerEmail;
  private final int maxPerAddress;
  private final Duration window;
  private final Map<String, Deque<Mark>> byEmail = new HashMap<>();
  private final Map<String, Deque<Mark>> byAddress = new HashMap<>();

  SignInThrottle(Clock clock, int maxPerEmail, int maxPerAddress, Duration window) {
    this.clock = clock;
    this.maxPerEmail = maxPerEmail;
    this.maxPerAddress = maxPerAddress;
    this.window = window;
  }

  /** A reserved try; unless it is said to have succeeded or been abandoned, it counts as a failure. */
  final class Attempt {
    private final String email;
    private final String address;
    private final Mark mark;

    private Attempt(String email, String address, Mark mark) {
      this.email = email;
      this.address = address;
      this.mark = mark;
    }

    /** The password matched: the email's count is cleared, and this try no longer counts for the address. */
    void succeeded() {
      synchronized (SignInThrottle.this) {
        byEmail.remove(email);
        forget(byAddress, address, mark);
      }
    }

    /** The password was never checked (the service was busy): the try counts nowhere. */
    void abandoned() {
      synchronized (SignInThrottle.this) {
        forget(byEmail, email, mark);
        forget(byAddress, address, mark);
      }
    }
  }

  /** Reserves a try for this email from this address, or empty when either has used its tries. */
  synchronized Optional<Attempt> reserve(String email, String address) {
    String emailKey = key(email);
    String addressKey = key(address);
    Instant now = clock.instant();
    Deque<Mark> forEmail = recent(byEmail, emailKey, now);
    Deque<Mark> forAddress = recent(byAddress, addressKey, now);
    if (forEmail.size() >= maxPerEmail || forAddress.size() >= maxPerAddress) {
      return Optional.empty();
    }
    Mark mark = new Mark(now);
    forEmail.addLast(mark);
    forAddress.addLast(mark);
    if (byEmail.size() + byAddress.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    return Optional.of(new Attempt(emailKey, addressKey, mark));
  }

  private Deque<Mark> recent(Map<String, Deque<Mark>> counts, String key, Instant now) {
    Deque<Mark> recent = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
    forgetOld(recent, now);
    return recent;
  }

  private void forgetOld(Deque<Mark> recent, Instant now) {
    Instant since = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(since)) {
      recent.removeFirst();
    }
  }

  private void sweep(Instant now) {
    for (Map<String, Deque<Mark>> counts : List.of(byEmail, byAddress)) {
      counts.values().removeIf(recent -> {
        forgetOld(recent, now);
        return recent.isEmpty();
      });
    }
  }

  private static void forget(Map<String, Deque<Mark>> counts, String key, Mark mark) {
    Deque<Mark> recent = counts.get(key);
    if (recent != null) {
      recent.removeIf(m -> m == mark);
    }
  }

  private static String key(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
  }
}
