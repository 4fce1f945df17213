package org.relance.owner;

import org.apache.pekko.actor.typed.ActorSystem;
import org.relance.scheduling.TimeKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * With the system clock, rings an alarm (the digest) every time one of its instants has passed,
 * checking every {@code interval}; a check still running skips the next tick. On start it looks
 * back {@link #LOOK_BACK}, so a digest time that passed while the service was down is rung when it
 * comes back; the digest itself sends only the owner's digest of the current local day, once.
 */
public final class DigestTicker {

  private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

  /** A day and an hour: enough to find a digest time of the current local day, in any zone, across a clock change. */
  static final Duration LOOK_BACK = Duration.ofHours(25);

  private final TimeKeeper.Alarm alarm;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile Instant checkedUpTo;

  DigestTicker(TimeKeeper.Alarm alarm, Clock clock) {
    this.alarm = alarm;
    this.clock = clock;
    this.checkedUpTo = clock.instant().minus(LOOK_BACK);
  }

  public static void start(ActorSystem<?> system, TimeKeeper.Alarm alarm, Clock clock, Duration interval,
                           Executor executor) {
    DigestTicker ticker = new DigestTicker(alarm, clock);
    system.scheduler().scheduleWithFixedDelay(interval, interval, ticker::tick,
        scala.concurrent.ExecutionContext.fromExecutor(executor));
  }

  /** Rings every instant of the alarm between the last check and now, in order. */
  CompletionStage<Void> tick() {
    if (!running.compareAndSet(false, true)) {
      return CompletableFuture.completedFuture(null);
    }
    Instant now = clock.instant();
    return ringUpTo(now).whenComplete((done, error) -> {
      if (error != null) {
        log.warn("The owners' digest could not be sent: {}", error.getMessage());
      }
      running.set(false);
    });
  }

  private CompletionStage<Void> ringUpTo(Instant now) {
    return alarm.nextAfter(checkedUpTo).thenCompose(next -> {
      if (next.isEmpty() || next.get().isAfter(now)) {
        checkedUpTo = now;
        return CompletableFuture.completedFuture(null);
      }
      checkedUpTo = next.get();
      return alarm.ring(next.get()).thenCompose(rung -> ringUpTo(now));
    });
  }
}
