package org.relance.admin;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.ContentDisposition;
import org.apache.pekko.http.javadsl.model.headers.ContentDispositionTypes;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.gateway.CaseGateway;
import org.relance.http.PathIds;
import org.relance.api.ApiJson;
import org.relance.api.ApiSupport;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseJournal;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.ladder.Stage;
import org.relance.limits.InputLimits;
import org.relance.letters.CaseLetters;
import org.relance.readside.CaseSummaries;
import org.relance.readside.ParkedEvents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The admin page's JSON under {@code /web/api}, for a signed-in caller and only within its
 * businesses: who am I, the accounts (admins only), the cases (filtered, searched, paged) and their CSV, the ageing, one case
 * with its journal and claim, its journal, letters and dossier as downloads, pause and resume, and a dispute
 * settled ({@code dispute/resolve}: credit note, corrected amount, cancelled or rejected, as the API).
 * A case outside the caller's businesses is answered 404, as if it did not exist.
 */
final class CaseWebRoutes extends ApiSupport {

  static final int PAGE_SIZE = 25;
  private static final int CSV_LIMIT = 100_000;

  private final WebAccess access;
  private final AccountRoutes accounts;
  private final CaseGateway gateway;
  private final CaseSummaries summaries;
  private final CaseJournal journal;
  private final CaseLetters letters;
  private final Clock clock;
  private final ParkedEvents parked;
  private final StatsWebRoutes stats;

  CaseWebRoutes(String adminToken, WebAccess access, AccountRoutes accounts, CaseGateway gateway,
                CaseSummaries summaries, CaseJournal journal, CaseLetters letters, Clock clock, ParkedEvents parked,
                StatsWebRoutes stats) {
    super(adminToken);
    this.access = access;
    this.accounts = accounts;
    this.gateway = gateway;
    this.summaries = summaries;
    this.journal = journal;
    this.letters = letters;
    this.clock = clock;
    this.parked = parked;
    this.stats = stats;
  }

  Route route() {
    return pathPrefix(PathMatchers.segment("web").slash("api"), () -> access.signedIn(caller -> concat(
        path("me", () -> get(() -> respond(me(caller)))),
        accounts.route(caller),
        stats.route(scope(caller)),
        path("cases.csv", () -> get(() -> search(caller, 0, CSV_LIMIT, page -> csv(CasesCsv.of(page.cases()))))),
        pathPrefix("cases", () -> concat(
            pathEnd(() -> get(() -> parameterOptional("page", p -> guarded(() -> {
              int page = pageNumber(p);
              return search(caller, (page - 1) * PAGE_SIZE, PAGE_SIZE, found -> json(StatusCodes.OK,
                  Map.of("cases", found.cases(), "total", found.total(), "page", page, "pageSize", PAGE_SIZE,
                      "parkedEvents", parked.total())));
            })))),
            pathPrefix(PathIds.identifier(), id -> oneCase(caller, id)))))));
  }

  private Route oneCase(Caller caller, String id) {
    return concat(
        pathEnd(() -> get(() -> respond(readable(caller, id, view -> journal.entries(id)
            .thenCombine(letters.claim(id, null).exceptionally(e -> Optional.empty()), (entries, claim) -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("case", view);
              body.put("journal", entries);
              body.put("claim", claim.orElse(null));
              body.put("canChange", caller.account().canChange(view.businessId()));
              return json(StatusCodes.OK, body);
            }))))),
        path("journal.json", () -> get(() -> respond(readable(caller, id, view -> journal.entries(id)
            .thenApply(entries -> download(HttpEntities.create(ContentTypes.APPLICATION_JSON, ApiJson.write(entries)),
                "case-" + id + "-journal.json")))))),
        path(PathMatchers.segment("letters").slash(PathMatchers.segment()), file -> get(() ->
            respond(readable(caller, id, view -> letter(id, file))))),
        path("dossier.pdf", () -> get(() -> respond(readable(caller, id, view -> letters.dossier(id)
            .thenApply(pdf -> pdf.map(bytes -> pdf(bytes, "case-" + id + "-dossier.pdf"))
                .orElseGet(() -> notFound(id))))))),
        path("pause", () -> post(() -> access.changing(caller, () -> respond(changeable(caller, id,
            view -> ask(id, r -> new CaseCommand.Pause(null, null, r))))))),
        path("resume", () -> post(() -> access.changing(caller, () -> respond(changeable(caller, id,
            view -> ask(id, r -> new CaseCommand.Resume(null, r))))))),
        path(PathMatchers.segment("dispute").slash("resolve"), () -> post(() -> access.changing(caller, () ->
            withBody(org.relance.api.ApiRequests.ResolveBody.class, body -> resolve(caller, id, body))))));
  }

  /** Settles the case's dispute as the body says (an amount in the case's currency for a credit note or a correction). */
  private Route resolve(Caller caller, String id, org.relance.api.ApiRequests.ResolveBody body) {
    org.relance.debtorcase.CaseEvent.DisputeOutcome outcome = outcome(body);
    return respond(changeable(caller, id, view -> ask(id, r -> new CaseCommand.ResolveDispute(outcome,
        body.amount() == null ? null : new org.relance.common.Money(body.amount(),
            java.util.Currency.getInstance(view.currency())), null, r))));
  }

  private CompletionStage<HttpResponse> me(Caller caller) {
    return blocking(() -> caller.account().seesAll() ? summaries.businessIds()
        : new ArrayList<>(new java.util.TreeSet<>(caller.account().businessIds())))
        .thenCompose(ids -> {
          List<CompletableFuture<Map<String, String>>> names = ids.stream().map(id -> gateway.profile(id)
              .thenApply(profile -> Map.of("id", id, "name", profile.map(p -> p.name()).orElse(id)))
              .toCompletableFuture()).toList();
          return CompletableFuture.allOf(names.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("email", caller.account().email());
            body.put("role", caller.account().role());
            body.put("csrfToken", caller.csrfToken());
            body.put("businesses", names.stream().map(CompletableFuture::join).toList());
            return json(StatusCodes.OK, body);
          });
        });
  }

  /** Runs the caller's search (filters and text from the query string) and answers with {@code answer}. */
  private Route search(Caller caller, int offset, int limit, Function<CaseSummaries.Page, HttpResponse> answer) {
    return parameterMap(params -> guarded(() -> {
      var filter = new CaseSummaries.Filter(param(params, "business"), stageOf(param(params, "stage"), "stage"),
          param(params, "status"), param(params, "profile"));
      org.relance.api.InvalidInput.within(InputLimits.text(param(params, "q"), InputLimits.LINE), "q");
      var search = new CaseSummaries.Search(scope(caller), filter, param(params, "q"),
          stageOf(param(params, "next"), "next"), amountOf(param(params, "minBalance")), offset, limit);
      return respond(blocking(() -> answer.apply(summaries.search(search, clock.instant()))));
    }));
  }

  private static java.util.Set<String> scope(Caller caller) {
    return caller.account().seesAll() ? null : caller.account().businessIds();
  }

  /** Continues with the case when the caller may read it; 404 otherwise. */
  private CompletionStage<HttpResponse> readable(Caller caller, String id,
                                                 Function<CaseView, CompletionStage<HttpResponse>> then) {
    return ask(id, CaseCommand.Get::new).thenCompose(reply -> {
      if (reply instanceof CaseReply.Accepted accepted && caller.account().canRead(accepted.view().businessId())) {
        return then.apply(accepted.view());
      }
      return CompletableFuture.completedFuture(notFound(id));
    });
  }

  /** Like {@link #readable}, then 403 unless the caller may change the case; answers with the case's reply. */
  private CompletionStage<HttpResponse> changeable(Caller caller, String id,
                                                   Function<CaseView, CompletionStage<CaseReply>> change) {
    return readable(caller, id, view -> caller.account().canChange(view.businessId())
        ? change.apply(view).thenApply(reply -> caseResponse(reply, StatusCodes.OK))
        : CompletableFuture.completedFuture(error(StatusCodes.FORBIDDEN, null,
            "Your account may read this case but not change it.")));
  }

  private CompletionStage<HttpResponse> letter(String id, String file) {
    String name = file.endsWith(".pdf") ? file.substring(0, file.length() - 4) : file;
    if (name.equals("claim_declaration")) {
      return letters.claimDeclaration(id).thenApply(declaration -> declaration
          .map(bytes -> pdf(bytes, "case-" + id + "-" + name + ".pdf"))
          .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "No collective proceedings are recorded on this case.")));
    }
    Optional<Stage> stage = java.util.Arrays.stream(Stage.values())
        .filter(s -> s.isLetter() && s.wire().equals(name)).findFirst();
    if (stage.isEmpty()) {
      return CompletableFuture.completedFuture(error(StatusCodes.NOT_FOUND, "stage",
          "There is no letter '" + name + "': first_letter, warning_letter or formal_notice."));
    }
    return letters.stored(id, stage.get()).thenApply(stored -> stored
        .map(s -> pdf(s.pdf(), "case-" + id + "-" + name + ".pdf"))
        .orElseGet(() -> error(StatusCodes.NOT_FOUND, null, "No " + name + " letter was issued for this case yet.")));
  }

  private CompletionStage<CaseReply> ask(String id, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return gateway.ask(id, command);
  }

  private <T> CompletionStage<T> blocking(java.util.function.Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, access.blocking());
  }

  private static HttpResponse csv(String text) {
    return download(HttpEntities.create(ContentTypes.create(MediaTypes.TEXT_CSV, org.apache.pekko.http.javadsl.model
        .HttpCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8)), "cases.csv");
  }

  private static HttpResponse pdf(byte[] bytes, String name) {
    return download(HttpEntities.create(ContentTypes.create(MediaTypes.APPLICATION_PDF), bytes), name);
  }

  private static HttpResponse download(org.apache.pekko.http.javadsl.model.ResponseEntity entity, String name) {
    return HttpResponse.create().withEntity(entity)
        .addHeader(ContentDisposition.create(ContentDispositionTypes.ATTACHMENT, Map.of("filename", name)));
  }

  private static HttpResponse notFound(String id) {
    return error(StatusCodes.NOT_FOUND, null, "No case " + id + " among the businesses you can see.");
  }

  private static int pageNumber(Optional<String> page) {
    try {
      int n = page.map(Integer::parseInt).orElse(1);
      if (n >= 1 && n <= InputLimits.PAGES) {
        return n;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw new org.relance.api.InvalidInput("page", "must be a page number from 1 to " + InputLimits.PAGES);
  }

  private static Stage stageOf(String stage, String field) {
    try {
      return stage == null ? null : Stage.fromWire(stage);
    } catch (IllegalArgumentException e) {
      throw new org.relance.api.InvalidInput(field, e.getMessage());
    }
  }

  /** The smallest balance searched for: an amount within {@link InputLimits} (its length checked before it is read). */
  private static java.math.BigDecimal amountOf(String amount) {
    if (amount == null) {
      return null;
    }
    try {
      if (InputLimits.amountText(amount).isEmpty()) {
        java.math.BigDecimal value = new java.math.BigDecimal(amount);
        if (!InputLimits.tooLarge(value.abs())) {
          return value;
        }
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw new org.relance.api.InvalidInput("minBalance", "must be an amount like 1000 or 99.50");
  }

  private static org.relance.debtorcase.CaseEvent.DisputeOutcome outcome(org.relance.api.ApiRequests.ResolveBody body) {
    if (body.outcome() == null) {
      throw new org.relance.api.InvalidInput("outcome", "is required: credit_note, corrected_amount, cancelled or rejected");
    }
    return body.outcome();
  }

  private static String param(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
