package org.relance.scheduling;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.DebtorCase;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Sends {@code Wake} to cases through sharding, a few at a time, and completes when all have answered. */
public final class CaseWaker {

  private static final int PARALLELISM = 8;

  private final ActorSystem<?> system;
  private final Duration askTimeout;

  public CaseWaker(ActorSystem<?> system, Duration askTimeout) {
    this.system = system;
    this.askTimeout = askTimeout;
  }

  public CompletionStage<Done> wake(List<String> caseIds) {
    ClusterSharding sharding = ClusterSharding.get(system);
    return Source.from(caseIds)
        .mapAsyncUnordered(PARALLELISM, id -> sharding.entityRefFor(DebtorCase.ENTITY_KEY, id)
            .<CaseReply>ask(CaseCommand.Wake::new, askTimeout))
        .runWith(Sink.ignore(), system);
  }
}
