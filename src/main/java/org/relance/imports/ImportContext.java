package org.relance.imports;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.DebtorCase;
import org.relance.ladder.LadderSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** What every debtor's part of one import shares: the business, the cases, the store, the counts. */
record ImportContext(ActorSystem<?> system, Duration timeout, String businessId, BusinessProfile profile,
                     LadderSettings ladder, Clock clock, ImportStore store, Executor executor, Tally tally) {

  CompletionStage<CaseReply> ask(String caseId, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return ClusterSharding.get(system).entityRefFor(DebtorCase.ENTITY_KEY, caseId).ask(command::apply, timeout);
  }

  CompletionStage<Void> blocking(Runnable work) {
    return CompletableFuture.runAsync(work, executor);
  }
}
