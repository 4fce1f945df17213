package org.relance.owner;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.gateway.CaseGateway;
import org.relance.business.Business;
import org.relance.business.BusinessProfile;
import org.relance.business.TermsRefresh;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.ladder.LadderSettings;
import org.relance.readside.CaseSummaries;
import org.relance.scheduling.TimeKeeper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The owner's way to their business and cases: the business's profile, the open cases (from the
 * summary read side, then each case asked for its view), and the case commands. Never blocks:
 * read-side queries run on the blocking executor, entities are asked.
 */
public final class OwnerCases {

  private static final int PARALLELISM = 8;

  private final ActorSystem<?> system;
  private final CaseGateway gateway;
  private final CaseSummaries summaries;
  private final TimeKeeper time;
  private final Executor blocking;
  private final TermsRefresh terms;

  public OwnerCases(ActorSystem<?> system, CaseGateway gateway, CaseSummaries summaries, TimeKeeper time,
                    Executor blocking, TermsRefresh terms) {
    this.system = system;
    this.gateway = gateway;
    this.terms = terms;
    this.summaries = summaries;
    this.time = time;
    this.blocking = blocking;
  }

  /** The way to every case and business, for what this class does not say itself (opening a case). */
  public CaseGateway gateway() {
    return gateway;
  }

  /** The ladder defaults that a business's overrides apply to. */
  public LadderSettings ladder() {
    return gateway.ladder();
  }

  public Clock clock() {
    return time.clock();
  }

  /** An owner's chat with the profile of its business. */
  public record BoundOwner(OwnerChats.Binding binding, BusinessProfile profile) {}

  /** Every bound owner chat with its business's profile (chats of an unknown business are left out). */
  public CompletionStage<List<BoundOwner>> boundOwners(OwnerChats chats) {
    return CompletableFuture.supplyAsync(chats::all, blocking).thenCompose(bindings -> {
      Map<String, CompletionStage<Optional<BusinessProfile>>> profiles = bindings.stream()
          .map(OwnerChats.Binding::businessId).distinct()
          .collect(Collectors.toMap(id -> id, this::profile));
      CompletionStage<List<BoundOwner>> result = CompletableFuture.completedFuture(new ArrayList<>());
      for (OwnerChats.Binding binding : bindings) {
        result = result.thenCombine(profiles.get(binding.businessId()), (list, profile) -> {
          profile.ifPresent(p -> list.add(new BoundOwner(binding, p)));
          return list;
        });
      }
      return result;
    });
  }

  public CompletionStage<Optional<BusinessProfile>> profile(String businessId) {
    return gateway.profile(businessId);
  }

  public CompletionStage<Business.Reply> business(String businessId,
                                                  Function<ActorRef<Business.Reply>, Business.Command> command) {
    return gateway.askBusiness(businessId, command);
  }

  /** Gives the business's open cases its new terms (time zone, law, policy, ladder), as the API does. */
  public CompletionStage<Boolean> refreshTerms(String businessId) {
    return terms.request(businessId);
  }

  /** The business's open cases (those opened a moment ago too), oldest due date first. */
  public CompletionStage<List<CaseSummaries.CaseSummary>> openSummaries(String businessId) {
    return time.readSidesCaughtUp().thenApplyAsync(caughtUp -> summaries.list(
        new CaseSummaries.Filter(businessId, null, null, null), time.clock().instant()), blocking)
        .thenApply(list -> list.stream().filter(c -> c.closure() == null).toList());
  }

  /** The views of the business's open cases, in the order of {@link #openSummaries}. */
  public CompletionStage<List<CaseView>> openCases(String businessId) {
    return openSummaries(businessId).thenCompose(list -> Source.from(list)
        .mapAsync(PARALLELISM, summary -> ask(summary.id(), CaseCommand.Get::new))
        .filter(reply -> reply instanceof CaseReply.Accepted)
        .map(reply -> ((CaseReply.Accepted) reply).view())
        .runWith(Sink.seq(), system));
  }

  /** The case, if it exists and belongs to the business. */
  public CompletionStage<Optional<CaseView>> caseOf(String businessId, String caseId) {
    return ask(caseId, CaseCommand.Get::new).thenApply(reply -> reply instanceof CaseReply.Accepted accepted
        && businessId.equals(accepted.view().businessId()) ? Optional.of(accepted.view()) : Optional.empty());
  }

  public CompletionStage<CaseReply> ask(String caseId, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return gateway.ask(caseId, command);
  }
}
