package org.relance.telegram;

import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

import java.time.Duration;

/**
 * The {@code offset} the poller confirms to Telegram: the highest update the intake has committed,
 * not merely received, so Telegram forgets an update only once its replies are safely in the
 * outbox; one received but lost in a crash comes again after the restart. A start confirms nothing:
 * Telegram sends whatever it still holds and the intake ignores what it already handled (ids are
 * not assumed to grow across restarts: Telegram may start them afresh after a quiet week). Before
 * asking for more, the poller waits (at most one long-poll timeout) for the intake to catch up.
 */
final class UpdateOffset {

  private final int longPollSeconds;
  private long acknowledged;

  UpdateOffset(Duration longPollTimeout) {
    this.longPollSeconds = (int) Math.max(0, longPollTimeout.toSeconds());
  }

  synchronized void acknowledge(long updateId) {
    if (updateId > acknowledged) {
      acknowledged = updateId;
      notifyAll();
    }
  }

  /** The next getUpdates, given the last update id the poller received in this session. */
  synchronized GetUpdates next(Integer lastReceived) {
    long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(1, longPollSeconds)).toNanos();
    while (lastReceived != null && acknowledged < lastReceived) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    GetUpdates.GetUpdatesBuilder next = GetUpdates.builder().limit(100).timeout(longPollSeconds);
    return (acknowledged == 0 ? next : next.offset((int) acknowledged + 1)).build();
  }
}
