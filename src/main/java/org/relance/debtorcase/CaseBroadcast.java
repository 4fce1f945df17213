package org.relance.debtorcase;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Sends one command to many cases through sharding, a few at a time, and completes when all have
 * answered: waking the cases that are due, giving a business's cases its new terms.
 */
public final class CaseBroadcast {

  private static final int PARALLELISM = 8;

  private final ActorSystem<?> system;
  private final Duration askTimeout;

  public CaseBroadcast(ActorSystem<?> system, Duration askTimeout) {
    this.system = system;
    this.askTimeout = askTimeout;
  }

  public CompletionStage<Done> send(List<String> caseIds, Function<ActorRef<CaseReply>, CaseCommand> command) {
    ClusterSharding sharding = ClusterSharding.get(system);
    return Source.from(caseIds)
        .mapAsyncUnordered(PARALLELISM, id -> sharding.entityRefFor(DebtorCase.ENTITY_KEY, id)
            .<CaseReply>ask(command::apply, askTimeout))
        .runWith(Sink.ignore(), system);
  }
}
