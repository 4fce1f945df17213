package org.relance.api;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.japi.Pair;
import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.Query;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.gateway.CaseGateway;
import org.relance.http.PathIds;
import org.relance.common.Money;
import org.relance.debtorcase.*;
import org.relance.invitations.Invitations;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.ladder.Stage;
import org.relance.limits.InputLimits;
import org.relance.readside.CaseSummaries;
import org.relance.readside.ListCursor;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.relance.api.ApiRequests.*;

/**
 * {@code /api/cases}: open a case, list cases (from the summary read side), read one and its
 * journal, and every command a case takes. An {@code Idempotency-Key} makes any change safe to retry.
 */
final class CaseRoutes extends ApiSupport {

  /** Builds the command to send, given the idempotency key and the case as it stands. */
  private interface CommandFor<T> {
    Function<ActorRef<CaseReply>, CaseCommand> build(T body, String key, CaseView current);
  }

  private final CaseGateway cases;
  private final CaseSummaries summaries;
  private final CaseJournal journal;
  private final Clock clock;
  private final Executor blocking;
  private final DocumentRoutes documents;
  private final Invitations invitations;

  CaseRoutes(String adminToken, CaseGateway cases, CaseSummaries summaries, CaseJournal journal, Clock clock, Executor blocking, DocumentRoutes documents,
             Invitations invitations) {
    super(adminToken);
    this.cases = cases;
    this.summaries = summaries;
    this.journal = journal;
    this.clock = clock;
    this.blocking = blocking;
    this.documents = documents;
    this.invitations = invitations;
  }

  Route route() {
    return pathPrefix("cases", () -> concat(
        pathEnd(() -> concat(post(this::openCase), get(this::list))),
        pathPrefix(PathIds.identifier(), id -> concat(
            pathEnd(() -> get(() -> respond(ask(id, Get::new).thenApply(r -> caseResponse(r, StatusCodes.OK))))),
            path("journal", () -> get(() -> journal(id))),
            documents.route(id),
            path("invitation", () -> post(() -> reissueInvitation(id))),
            post(() -> commands(id))))));
  }

  private Route commands(String id) {
    return concat(
        action(id, "invoices", InvoiceBody.class, (b, k, c) -> r -> new AddInvoice(b.toInvoice("invoice", clock), k, r)),
        action(id, "payments", PaymentBody.class, (b, k, c) -> r -> new RecordPayment(
            money(b.amount(), b.currency() == null ? c.currency() : b.currency(), "payment"),
            pastDate(InvalidInput.required(b.date(), "date"), "date", clock), b.method(), k, r)),
        action(id, "promises", PromiseBody.class, (b, k, c) -> r -> new RecordPromise(
            date(InvalidInput.required(b.date(), "date"), "date", clock), optionalMoney(b.amount(), c), b.method(),
            words(b.words(), "words"), k, r)),
        bare(id, "promises/confirm-broken", ConfirmPromiseBroken::new),
        action(id, "calls", CallBody.class, (b, k, c) -> {
          java.time.LocalDate promisedOn = b.promiseDate(clock);
          Money amount = optionalMoney(b.amount(), c);
          String note = words(b.note(), "note");
          return r -> new LogCall(b.outcome(), promisedOn, amount, note, null, null, k, r);
        }),
        action(id, "plans", PlanBody.class, (b, k, c) -> r -> new ProposePlan(
            b.toInstallments(java.util.Currency.getInstance(c.currency()), clock), b.words(), k, r)),
        bare(id, "plans/approve", ApprovePlan::new),
        bare(id, "plans/reject", RejectPlan::new),
        action(id, "claimed-payments", ClaimBody.class, (b, k, c) -> r -> new ClaimPayment(pastDate(b.date(), "date", clock),
            b.method(), words(b.words(), "words"), k, r)),
        action(id, "claimed-payments/confirm", ConfirmClaimBody.class, (b, k, c) -> r -> new ConfirmClaimedPayment(
            optionalMoney(b.amount(), c), k, r)),
        bare(id, "claimed-payments/deny", DenyClaimedPayment::new),
        action(id, "disputes", DisputeBody.class, (b, k, c) -> r -> new OpenDispute(
            words(InvalidInput.required(b.reason(), "reason"), "reason"), k, r)),
        action(id, "disputes/resolve", ResolveBody.class, (b, k, c) -> r -> new ResolveDispute(
            InvalidInput.required(b.outcome(), "outcome"), optionalMoney(b.amount(), c), k, r)),
        action(id, "proceedings", ProceedingsBody.class, (b, k, c) -> r -> new RecordProceedings(
            InvalidInput.required(b.kind(), "kind"), pastDate(b.judgmentDate(), "judgmentDate", clock),
            b.statedBy() == null ? org.relance.common.Party.OWNER : b.statedBy(), words(b.words(), "words"), k, r)),
        bare(id, "proceedings/lift", LiftProceedings::new),
        action(id, "pause", PauseBody.class, (b, k, c) -> r -> new Pause(date(b.until(), "until", clock), k, r)),
        bare(id, "resume", Resume::new),
        action(id, "important", ImportantBody.class, (b, k, c) -> r -> new SetImportant(
            InvalidInput.required(b.important(), "important"), k, r)),
        action(id, "course", CourseBody.class, (b, k, c) -> r -> new ChooseCourse(
            InvalidInput.required(b.course(), "course"), k, r)),
        pathPrefix("tasks", () -> pathPrefix(PathMatchers.segment(), taskId -> concat(
            bare(id, "done", (k, r) -> new CompleteTask(taskId, k, r)),
            bare(id, "snooze", (k, r) -> new SnoozeTask(taskId, k, r))))),
        action(id, "delay-reasons", DelayReasonBody.class, (b, k, c) -> r -> new RecordDelayReason(
            InvalidInput.required(b.reason(), "reason"), words(b.words(), "words"), k, r)),
        bare(id, "stop-contact", (k, r) -> new StopContact(CaseEvent.ContactStop.STOP_REQUESTED, k, r)),
        bare(id, "wrong-contact", (k, r) -> new StopContact(CaseEvent.ContactStop.WRONG_CONTACT, k, r)),
        // --- letters in the owner's chat
        pathPrefix("letters", () -> pathPrefix(PathMatchers.segment(), stage -> action(id, "posted",
            LetterPostedBody.class, (b, k, c) -> r -> new RecordLetterPosted(LetterPostedBody.letter(stage),
                pastDate(b.date(), "date", clock), b.registeredNumber(), k, r)))),
        bare(id, "write-off", WriteOff::new),
        bare(id, "cancel", Cancel::new));
  }

  /** A command with a JSON body; the case is read first for its currency. */
  private <T> Route action(String id, String subPath, Class<T> bodyType, CommandFor<T> command) {
    return path(PathMatchers.separateOnSlashes(subPath), () -> withIdempotencyKey(key ->
        withOptionalBody(bodyType, body -> respond(ask(id, Get::new).thenCompose(current -> {
          if (!(current instanceof CaseReply.Accepted accepted)) {
            return CompletableFuture.completedFuture(caseResponse(current, StatusCodes.OK));
          }
          return ask(id, command.build(body, key, accepted.view())).thenApply(r -> caseResponse(r, StatusCodes.OK));
        })))));
  }

  /** A command without a body. */
  private Route bare(String id, String subPath, BiFunction<String, ActorRef<CaseReply>, CaseCommand> command) {
    return path(PathMatchers.separateOnSlashes(subPath), () -> withIdempotencyKey(key ->
        respond(ask(id, r -> command.apply(key, r)).thenApply(r -> caseResponse(r, StatusCodes.OK)))));
  }

  private Route openCase() {
    return withIdempotencyKey(key -> withBody(CaseBody.class, body -> {
      String businessId = InvalidInput.required(body.businessId(), "businessId");
      var invoices = body.toInvoices(clock);
      var prior = body.toPriorReminders(clock);
      InvalidInput.required(body.debtor(), "debtor");
      return respond(cases.open(businessId, key,
              profile -> new CaseGateway.NewCase(body.debtor().toDebtor(profile), invoices, prior))
          .thenCompose(opening -> opening.reply() instanceof CaseReply.Accepted accepted
              ? invited(accepted.view(), key, StatusCodes.CREATED)
              : CompletableFuture.completedFuture(caseResponse(opening.reply(), StatusCodes.CREATED))));
    }));
  }

  /** {@code POST /api/cases/{id}/invitation}: a new invitation for the case's debtor (404 for an unknown case). */
  private Route reissueInvitation(String id) {
    return withIdempotencyKey(key -> respond(ask(id, Get::new).thenCompose(r -> r instanceof CaseReply.Accepted accepted
        ? CompletableFuture.supplyAsync(() -> json(StatusCodes.CREATED, ApiJson.invitation(
            invitations.issueForDebtor(accepted.view().businessId(), id, key))), blocking)
        : CompletableFuture.completedFuture(caseResponse(r, StatusCodes.CREATED)))));
  }

  /** The case as opened, with an invitation for its debtor (the same one when the call is repeated with its key). */
  private CompletionStage<org.apache.pekko.http.javadsl.model.HttpResponse> invited(CaseView view, String key,
                                                                                   org.apache.pekko.http.javadsl.model.StatusCode status) {
    return CompletableFuture.supplyAsync(() -> {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(ApiJson.mapper().convertValue(view, java.util.Map.class));
      body.put("invitation", ApiJson.invitation(invitations.issueForDebtor(view.businessId(), view.id(),
          key == null ? null : "open:" + key)));
      return json(status, body);
    }, blocking);
  }

  private Route list() {
    return parameterOptional("businessId", businessId -> parameterOptional("stage", stage ->
        parameterOptional("status", status -> parameterOptional("profile", profile -> guarded(() -> {
          Stage wanted = stage.map(s -> parsed(() -> Stage.fromWire(s), "stage")).orElse(null);
          status.ifPresent(s -> parsed(() -> org.relance.common.WireNames.parse(CaseFile.Status.class, s, "status"),
              "status"));
          profile.ifPresent(p -> parsed(() -> org.relance.common.WireNames.parse(DebtorProfile.Kind.class, p,
              "profile"), "profile"));
          var filter = new CaseSummaries.Filter(businessId.orElse(null), wanted,
              status.map(String::toLowerCase).orElse(null), profile.map(String::toLowerCase).orElse(null));
          return listPage(filter);
        })))));
  }

  /**
   * One page of the list ({@code limit}, at most {@link InputLimits#LIST_PAGE}; that many by
   * default), and when more cases follow, a {@code Link: <...>; rel="next"} header with the cursor.
   */
  private Route listPage(CaseSummaries.Filter filter) {
    return parameterOptional("limit", limit -> parameterOptional("cursor", cursor -> extractUri(uri -> guarded(() -> {
      int size = limit.map(CaseRoutes::pageSize).orElse(InputLimits.LIST_PAGE);
      ListCursor after = cursor.map(c -> ListCursor.decode(c)
          .orElseThrow(() -> new InvalidInput("cursor", "is not a cursor this list gave"))).orElse(null);
      return respond(CompletableFuture.supplyAsync(() -> {
        CaseSummaries.ListPage page = summaries.page(filter, after, size, clock.instant());
        HttpResponse listed = json(StatusCodes.OK, page.cases());
        return page.next().map(next -> listed.addHeader(HttpHeader.parse("Link", "<" + nextPage(uri, next)
            + ">; rel=\"next\""))).orElse(listed);
      }, blocking));
    }))));
  }

  /** The list's address with the same filters and the cursor of the next page. */
  private static Uri nextPage(Uri uri, ListCursor next) {
    List<Pair<String, String>> params = new java.util.ArrayList<>(uri.query().toList().stream()
        .filter(param -> !param.first().equals("cursor")).toList());
    params.add(Pair.create("cursor", next.encoded()));
    return uri.toRelative().query(Query.create(params));
  }

  private static int pageSize(String text) {
    try {
      int size = Integer.parseInt(text.strip());
      InvalidInput.require(size >= 1 && size <= InputLimits.LIST_PAGE, "limit", "must be from 1 to "
          + InputLimits.LIST_PAGE);
      return size;
    } catch (NumberFormatException e) {
      throw new InvalidInput("limit", "must be a whole number from 1 to " + InputLimits.LIST_PAGE);
    }
  }

  private static <T> T parsed(java.util.function.Supplier<T> parse, String field) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, e.getMessage());
    }
  }

  private Route journal(String id) {
    return respond(journal.entries(id).thenApply(entries -> entries.isEmpty()
        ? error(StatusCodes.NOT_FOUND, null, "no case " + id)
        : json(StatusCodes.OK, entries)));
  }

  private CompletionStage<CaseReply> ask(String caseId, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return cases.ask(caseId, command);
  }

  private static Money optionalMoney(java.math.BigDecimal amount, CaseView current) {
    return amount == null ? null : money(amount, current.currency(), "amount");
  }
}
