package org.relance.gateway;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.business.Business;
import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseTerms;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorCase;
import org.relance.debtorcase.Invoice;
import org.relance.debtorcase.PriorReminder;
import org.relance.ladder.LadderSettings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The one door every face (the JSON API, the admin page, the owner's and the debtor's chats, the
 * letters, outreach, the clock) goes through to reach a debtor case or a business, wherever in the
 * cluster it lives: asks wait at most {@code relance.cases.ask-timeout}, and a case is opened the
 * one way (its id from the idempotency key, its terms from its business's profile and the ladder's
 * defaults).
 */
public final class CaseGateway {

  /** What a new case holds, built from its business's profile. */
  public record NewCase(Debtor debtor, List<Invoice> invoices, List<PriorReminder> priorReminders) {}

  /** A case opened (or refused): the business's profile, the case's id and the case's answer. */
  public record Opening(BusinessProfile profile, String caseId, CaseReply reply) {}

  /** The business a case was to be opened for does not exist. */
  public static final class NoSuchBusiness extends RuntimeException {
    public NoSuchBusiness(String businessId) {
      super("no business " + businessId);
    }
  }

  private final ActorSystem<?> system;
  private final ClusterSharding sharding;
  private final Duration timeout;
  private final LadderSettings ladder;
  /** How many cases {@link #askAll} asks at a time ({@code relance.cases.pass-parallelism}). */
  private final int parallelism;

  public CaseGateway(ActorSystem<?> system, Duration timeout, LadderSettings ladder, int parallelism) {
    this.system = system;
    this.sharding = ClusterSharding.get(system);
    this.timeout = timeout;
    this.ladder = ladder;
    this.parallelism = parallelism;
  }

  /** Sends the case {@code command} and gives its answer (a timeout fails the stage). */
  public CompletionStage<CaseReply> ask(String caseId, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return sharding.entityRefFor(DebtorCase.ENTITY_KEY, caseId).ask(command::apply, timeout);
  }

  /** Sends {@code command} to each case, {@code relance.cases.pass-parallelism} at a time; completes when all have answered. */
  public CompletionStage<Done> askAll(List<String> caseIds, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return Source.from(caseIds)
        .mapAsyncUnordered(parallelism, id -> ask(id, command))
        .runWith(Sink.ignore(), system);
  }

  /** Sends the business {@code command} and gives its answer. */
  public CompletionStage<Business.Reply> askBusiness(String businessId,
                                                     Function<ActorRef<Business.Reply>, Business.Command> command) {
    return sharding.entityRefFor(Business.ENTITY_KEY, businessId).ask(command::apply, timeout);
  }

  /** The business's profile, if it exists. */
  public CompletionStage<Optional<BusinessProfile>> profile(String businessId) {
    return askBusiness(businessId, Business.Get::new).thenApply(Business.Reply::profile);
  }

  /**
   * Opens a case for {@code businessId} from what {@code build} makes of the business's profile.
   * With an idempotency key the case's id is derived from it, so a repeat reaches the same case
   * (which answers it as the first time); without one the case gets a fresh id. Fails with
   * {@link NoSuchBusiness} when the business does not exist.
   */
  public CompletionStage<Opening> open(String businessId, String idempotencyKey, Function<BusinessProfile, NewCase> build) {
    String caseId = idempotencyKey == null ? UUID.randomUUID().toString() : caseIdFor(idempotencyKey);
    return profile(businessId).thenCompose(found -> {
      BusinessProfile profile = found.orElseThrow(() -> new NoSuchBusiness(businessId));
      NewCase opened = build.apply(profile);
      CaseTerms terms = CaseTerms.of(businessId, profile, ladder);
      return ask(caseId, r -> new CaseCommand.Open(terms, opened.debtor(), opened.invoices(), opened.priorReminders(),
          idempotencyKey, r)).thenApply(reply -> new Opening(profile, caseId, reply));
    });
  }

  /** The id of the case opened with {@code idempotencyKey}. */
  public static String caseIdFor(String idempotencyKey) {
    return UUID.nameUUIDFromBytes(("case:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The ladder defaults that a business's overrides apply to. */
  public LadderSettings ladder() {
    return ladder;
  }

  /** How long an ask waits. */
  public Duration timeout() {
    return timeout;
  }
}
