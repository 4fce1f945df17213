package org.relance.scheduling;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.relance.gateway.CaseGateway;
import org.relance.debtorcase.CaseCommand;
import org.relance.readside.CaseWakeups;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * With the system clock, wakes the cases whose next step is due, every tick: one per cluster
 * (a singleton), never two rounds at once, reading the due cases off the wake-up read side so no
 * case relies on an in-memory timer. The simulated clock wakes cases as it moves instead.
 */
public final class Ticker {

  private enum Tick { INSTANCE }

  private Ticker() {}

  public static void init(ActorSystem<?> system, Clock clock, CaseWakeups wakeups, CaseGateway cases,
                          Executor blocking, Duration interval) {
    ClusterSingleton.get(system).init(SingletonActor.of(
        Behaviors.supervise(create(clock, wakeups, cases, blocking, interval)).onFailure(SupervisorStrategy.restart()),
        "case-ticker"));
  }

  private static Behavior<Object> create(Clock clock, CaseWakeups wakeups, CaseGateway cases, Executor blocking,
                                         Duration interval) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(Tick.INSTANCE, interval);
      context.getSelf().tell(Tick.INSTANCE);
      return idle(clock, wakeups, cases, blocking);
    }));
  }

  private static Behavior<Object> idle(Clock clock, CaseWakeups wakeups, CaseGateway cases, Executor blocking) {
    return Behaviors.receive(Object.class)
        .onMessageEquals(Tick.INSTANCE, () -> Behaviors.setup(context -> {
          context.pipeToSelf(
              CompletableFuture.supplyAsync(() -> wakeups.dueBy(clock.instant()), blocking)
                  .thenCompose(ids -> cases.askAll(ids, CaseCommand.Wake::new)),
              (done, failure) -> {
                if (failure != null) {
                  context.getLog().warn("Waking due cases failed; next tick retries: {}", failure.getMessage());
                }
                return RoundDone.INSTANCE;
              });
          return busy(clock, wakeups, cases, blocking);
        }))
        .build();
  }

  private static Behavior<Object> busy(Clock clock, CaseWakeups wakeups, CaseGateway cases, Executor blocking) {
    return Behaviors.receive(Object.class)
        .onMessageEquals(RoundDone.INSTANCE, () -> idle(clock, wakeups, cases, blocking))
        .onMessageEquals(Tick.INSTANCE, Behaviors::same)
        .build();
  }

  private enum RoundDone { INSTANCE }
}
