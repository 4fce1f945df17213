package org.relance.scheduling;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * With the system clock, rings a {@link TimeKeeper.Alarm} (the owners' digest, the debtor outreach)
 * every time one of its instants has passed, checking every {@code interval}, on one node of the
 * cluster (a cluster singleton per alarm, which moves to a survivor when its node goes); a check
 * still running skips the next tick. The first check looks back {@code lookBack} from the start: zero for an alarm
 * whose passed instants mean nothing any more (outreach: a message allowed at 10:00 must not go at
 * 22:00), a day and an hour for the digest (the digest itself sends only the current local day's).
 */
public final class AlarmTicker {

  private static final Logger log = LoggerFactory.getLogger(AlarmTicker.class);

  private final String name;
  private final TimeKeeper.Alarm alarm;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile Instant checkedUpTo;

  public AlarmTicker(String name, TimeKeeper.Alarm alarm, Clock clock, Duration lookBack) {
    this.name = name;
    this.alarm = alarm;
    this.clock = clock;
    this.checkedUpTo = clock.instant().minus(lookBack);
  }

  /**
   * Checks {@code alarm} every {@code interval} on the one node that holds its singleton;
   * {@code name} says in the log what failed and names the singleton. The checks run on
   * {@code executor}, never on the singleton's thread.
   */
  public static void start(ActorSystem<?> system, String name, TimeKeeper.Alarm alarm, Clock clock,
                           Duration interval, Duration lookBack, Executor executor) {
    Behavior<Tick> checks = Behaviors.setup(context -> {
      AlarmTicker ticker = new AlarmTicker(name, alarm, clock, lookBack);
      return Behaviors.withTimers(timers -> {
        timers.startTimerWithFixedDelay(Tick.INSTANCE, interval);
        return Behaviors.receiveMessage(tick -> {
          CompletableFuture.runAsync(ticker::tick, executor);
          return Behaviors.same();
        });
      });
    });
    ClusterSingleton.get(system).init(SingletonActor.of(checks, singletonName(name)));
  }

  /** "The owners' digest" → "alarm-the-owners-digest". */
  static String singletonName(String name) {
    return "alarm-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private enum Tick { INSTANCE }

  /** Rings every instant of the alarm between the last check and now, in order. */
  public CompletionStage<Void> tick() {
    if (!running.compareAndSet(false, true)) {
      return CompletableFuture.completedFuture(null);
    }
    Instant now = clock.instant();
    return ringUpTo(now).whenComplete((done, error) -> {
      if (error != null) {
        log.warn("{} failed; the next check tries again: {}", name, error.getMessage());
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
