package org.relance.imports;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.gateway.CaseGateway;
import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** What every debtor's part of one import shares: the business, the cases, the store, the counts. */
record ImportContext(CaseGateway cases, String businessId, BusinessProfile profile, Clock clock, ImportStore store,
                     Executor executor, Tally tally) {

  CompletionStage<CaseReply> ask(String caseId, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return cases.ask(caseId, command);
  }

  CompletionStage<Void> blocking(Runnable work) {
    return CompletableFuture.runAsync(work, executor);
  }
}
