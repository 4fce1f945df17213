package org.relance.business;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.relance.gateway.CaseGateway;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseTerms;
import org.relance.serialization.JsonSerializable;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Gives a business's open cases its new terms after a change of its profile, in the background
 * and on one node of the cluster (a singleton): page by page of {@value #PAGE} cases, the progress
 * kept in {@link TermsRefreshStore}, so a restart or a failover goes on where it stopped, and a
 * business with thousands of cases never holds up the request that changed it. The terms are read
 * from the business when a refresh starts, so two quick changes end with the later one everywhere.
 * Every face that changes a business asks through {@link #request}.
 */
public final class TermsRefresh {

  /** What the refresh understands. */
  public interface Command {}

  /** A new request was recorded (told from any node). */
  public enum Wake implements Command, JsonSerializable { INSTANCE }

  private enum Check implements Command { INSTANCE }

  private enum PassDone implements Command { INSTANCE }

  private static final int PAGE = 200;
  private static final Duration RETRY = Duration.ofSeconds(10);

  private static final long WAIT_STEP_MILLIS = 50;

  private final TermsRefreshStore store;
  private final ActorRef<Command> refresh;
  private final Clock clock;
  private final Executor blocking;
  private final Duration answerWithin;

  private TermsRefresh(TermsRefreshStore store, ActorRef<Command> refresh, Clock clock, Executor blocking,
                       Duration answerWithin) {
    this.store = store;
    this.refresh = refresh;
    this.clock = clock;
    this.blocking = blocking;
    this.answerWithin = answerWithin;
  }

  /**
   * Starts the singleton. {@code caughtUp} completes once the case read side has every case opened
   * so far (a pass waits for it, so a case opened a moment before the change is not missed).
   */
  public static TermsRefresh start(ActorSystem<?> system, TermsRefreshStore store, CaseGateway cases,
                                   Supplier<CompletionStage<Void>> caughtUp, Clock clock, Duration answerWithin,
                                   Executor blocking) {
    Pass pass = new Pass(store, cases, caughtUp, blocking);
    Behavior<Command> refresh = Behaviors.withTimers(timers -> {
      timers.startTimerWithFixedDelay(Check.INSTANCE, RETRY);   // a pass that failed is tried again
      return start(pass);                                       // and what a stopped node left unfinished
    });
    ActorRef<Command> singleton = ClusterSingleton.get(system).init(SingletonActor.of(
        Behaviors.supervise(refresh).onFailure(SupervisorStrategy.restart()), "terms-refresh"));
    return new TermsRefresh(store, singleton, clock, blocking, answerWithin);
  }

  /**
   * Records that the business's open cases must take its current terms, and waits up to
   * {@code answerWithin} for them to have it: true when they all do, false when the refresh goes on
   * in the background (it is recorded, so it finishes even across a restart).
   */
  public CompletionStage<Boolean> request(String businessId) {
    long deadline = System.nanoTime() + answerWithin.toNanos();
    return CompletableFuture.supplyAsync(() -> store.request(businessId, clock.instant()), blocking)
        .thenCompose(generation -> {
          refresh.tell(Wake.INSTANCE);
          return done(businessId, generation, deadline);
        });
  }

  private CompletionStage<Boolean> done(String businessId, long generation, long deadline) {
    Executor later = CompletableFuture.delayedExecutor(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS, blocking);
    return CompletableFuture.supplyAsync(() -> !store.inProgress(businessId, generation), later)
        .thenCompose(finished -> finished || System.nanoTime() > deadline ? CompletableFuture.completedFuture(finished)
            : done(businessId, generation, deadline));
  }

  private static Behavior<Command> idle(Pass pass) {
    return Behaviors.receive(Command.class)
        .onMessageEquals(Wake.INSTANCE, () -> start(pass))
        .onMessageEquals(Check.INSTANCE, () -> start(pass))
        .build();
  }

  private static Behavior<Command> start(Pass pass) {
    return Behaviors.setup(context -> {
      context.pipeToSelf(pass.run(), (done, failure) -> {
        if (failure != null) {
          context.getLog().warn("Giving businesses' new terms to their cases stopped ({}); it goes on shortly",
              failure.getMessage());
        }
        return PassDone.INSTANCE;
      });
      return running(pass, false);
    });
  }

  /** A pass is running; a request meanwhile means one more pass after it. */
  private static Behavior<Command> running(Pass pass, boolean again) {
    return Behaviors.receive(Command.class)
        .onMessageEquals(Wake.INSTANCE, () -> running(pass, true))
        .onMessageEquals(Check.INSTANCE, Behaviors::same)
        .onMessageEquals(PassDone.INSTANCE, () -> again ? start(pass) : idle(pass))
        .build();
  }

  /** One pass over every refresh in progress, each page's commands answered before the next page. */
  private record Pass(TermsRefreshStore store, CaseGateway cases, Supplier<CompletionStage<Void>> caughtUp,
                      Executor blocking) {

    CompletionStage<Void> run() {
      return CompletableFuture.supplyAsync(store::pending, blocking).thenCompose(pending -> pending.isEmpty()
          ? CompletableFuture.completedFuture(null)
          : caughtUp.get().thenCompose(done -> each(pending)));
    }

    private CompletionStage<Void> each(List<TermsRefreshStore.Pending> pending) {
      CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
      for (TermsRefreshStore.Pending refresh : pending) {
        chain = chain.thenCompose(done -> business(refresh));
      }
      return chain;
    }

    private CompletionStage<Void> business(TermsRefreshStore.Pending refresh) {
      return cases.profile(refresh.businessId())
          .thenCompose(found -> found
              .map(profile -> pages(refresh, CaseTerms.of(refresh.businessId(), profile, cases.ladder()),
                  refresh.afterCaseId()))
              .orElseGet(() -> finished(refresh)));
    }

    private CompletionStage<Void> pages(TermsRefreshStore.Pending refresh, CaseTerms terms, String after) {
      return CompletableFuture.supplyAsync(() -> store.openCases(refresh.businessId(), after, PAGE), blocking)
          .thenCompose(ids -> ids.isEmpty() ? finished(refresh)
              : cases.askAll(ids, r -> new CaseCommand.UpdateTerms(terms, null, r))
                  .thenApplyAsync(done -> {
                    store.reached(refresh.businessId(), refresh.generation(), ids.get(ids.size() - 1));
                    return ids.get(ids.size() - 1);
                  }, blocking)
                  .thenCompose(last -> pages(refresh, terms, last)));
    }

    private CompletionStage<Void> finished(TermsRefreshStore.Pending refresh) {
      return CompletableFuture.runAsync(() -> store.finished(refresh.businessId(), refresh.generation()), blocking);
    }
  }
}
