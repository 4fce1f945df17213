package org.relance.debtorpage;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.model.headers.SameSite;
import org.apache.pekko.http.javadsl.model.headers.SetCookie;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.common.Language;
import org.relance.imports.InvoicePdfs;
import org.relance.letters.store.LetterStore;
import org.relance.ladder.Stage;
import org.relance.limits.InputLimits;
import org.relance.payment.EpcQr;
import org.relance.payment.PaymentDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The pages of a verified browser (a session cookie {@value #COOKIE}, HTTP-only, SameSite=Strict,
 * Secure when the public URL is https, valid on this link's path only): the case's page, the posts
 * of its forms (each with the session's CSRF token; bad input shows the page again with the problem
 * and what was typed), the downloads of the case's own letters and invoice PDFs, and its payment QR code.
 */
final class CasePageRoutes extends PageResponses {

  static final String COOKIE = "relance_page";
  /** A form's turn id (a UUID drawn when the page was shown), so a form sent twice is one turn. */
  private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

  private final PageSessions sessions;
  private final PageCases cases;
  private final CasePageHtml pages;
  private final PageHtml html;
  private final PageTalk talk;
  private final LetterStore letters;
  private final InvoicePdfs pdfs;
  private final Clock clock;
  private final Executor blocking;
  private final boolean secureCookies;

  record Stores(LetterStore letters, InvoicePdfs pdfs) {}

  CasePageRoutes(PageSessions sessions, PageCases cases, PageHtml html, PageTalk talk, Stores stores, Clock clock,
                 Executor blocking, boolean secureCookies) {
    this.sessions = sessions;
    this.cases = cases;
    this.html = html;
    this.pages = new CasePageHtml(html);
    this.talk = talk;
    this.letters = stores.letters();
    this.pdfs = stores.pdfs();
    this.clock = clock;
    this.blocking = blocking;
    this.secureCookies = secureCookies;
  }

  /**
   * Continues with the browser's session on this link (if any) and the language to speak: the one
   * asked for ({@code ?lang=}, kept in the session), else the session's, the debtor's, the business's.
   */
  Route withSession(DebtorPageLinks.PageLink link, PageCases.Found found, Optional<Language> asked,
                    BiFunction<Optional<PageSessions.PageSession>, Language, Route> inner) {
    Language fallback = Optional.ofNullable(found.view().debtor().language()).orElse(found.business().language());
    return optionalCookie(COOKIE, cookie -> onSuccess(CompletableFuture.supplyAsync(() -> {
      Optional<PageSessions.PageSession> session = cookie.flatMap(c -> sessions.find(c.value(), link.caseId()));
      if (session.isPresent() && asked.isPresent() && asked.get() != session.get().language()) {
        sessions.switchLanguage(session.get(), asked.get());
        PageSessions.PageSession s = session.get();
        return Optional.of(new PageSessions.PageSession(s.id(), s.caseId(), s.csrfToken(), asked.get()));
      }
      return session;
    }, blocking), session -> inner.apply(session,
        asked.orElseGet(() -> session.map(PageSessions.PageSession::language).orElse(fallback)))));
  }

  /** Opens a session for a browser that answered the question, then shows the case's page. */
  Route openSession(DebtorPageLinks.PageLink link, PageCases.Found found, Language language) {
    return onSuccess(CompletableFuture.supplyAsync(() -> sessions.open(link.caseId(), language), blocking)
        .thenCompose(session -> talk.verified(link, language, "page:" + UUID.randomUUID()).thenApply(done -> session)),
        session -> {
      HttpCookie cookie = HttpCookie.create(COOKIE, session.id()).withPath("/d/" + link.token()).withHttpOnly(true)
          .withSecure(secureCookies).withSameSite(SameSite.Strict).withMaxAge(sessions.lifetime().toSeconds());
      return respondWithHeader(SetCookie.create(cookie), (Supplier<Route>) () -> seeOther("/d/" + link.token()));
    });
  }

  Route route(DebtorPageLinks.PageLink link, PageCases.Found found, PageSessions.PageSession session) {
    return concat(
        pathEnd(() -> get(() -> page(link, found, session, CasePageHtml.Problem.NONE))),
        path(PathMatchers.segment("letter").slash(PathMatchers.segment()), stage -> get(() -> letter(link, stage))),
        path(PathMatchers.segment("invoice").slash(PathMatchers.segment()), number -> get(() -> invoice(link, number))),
        path("qr.png", () -> get(() -> qr(found))),
        path(PathMatchers.segment(), action -> post(() -> formFieldOptional("csrf", csrf ->
            DebtorPageRoutes.same(session.csrfToken(), csrf.orElse(""))
                ? act(link, found, session, action)
                : html(StatusCodes.FORBIDDEN, html.notice(session.language(), html.text(session.language(),
                    "page.title.anonymous"), "/d/" + link.token(), html.text(session.language(), "page.problem.csrf")))))));
  }

  private Route page(DebtorPageLinks.PageLink link, PageCases.Found found, PageSessions.PageSession session,
                     CasePageHtml.Problem problem) {
    return onSuccess(cases.extras(link.caseId()), extras -> html(problem.form().isEmpty() ? StatusCodes.OK
        : StatusCodes.BAD_REQUEST, pages.render(new CasePageHtml.CasePage(session.language(), link.token(),
        session.csrfToken(), found.view(), found.business(), found.view().letters().stream()
        .map(l -> new CasePageHtml.Letter(l.stage().wire(), l.date())).toList(), extras.invoicePdfs(),
        extras.conversation(), extras.choices(), problem))));
  }

  /** A form posted: read and checked, then handed to the dialogue; the page again (with the answer) after it. */
  private Route act(DebtorPageLinks.PageLink link, PageCases.Found found, PageSessions.PageSession session,
                    String action) {
    Language l = session.language();
    return formFieldOptional("turn", turnField -> formFieldOptional("message", message -> formFieldOptional("reason", reason -> formFieldOptional("date",
        date -> formFieldOptional("choice", choice -> {
          String turnId = "page:" + turnField.filter(t -> TURN.matcher(t).matches()).orElseGet(() -> UUID.randomUUID()
              .toString());
          Optional<PageTurn> turn;
          CasePageHtml.Problem problem;
          switch (action) {
            case "say" -> {
              problem = words(l, "say", message);
              turn = Optional.of(PageTurn.said(turnId, message.orElse("").strip()));
            }
            case "dispute" -> {
              problem = words(l, "dispute", reason);
              turn = Optional.of(PageTurn.dispute(turnId, reason.orElse("").strip()));
            }
            case "promise", "paid" -> {
              Optional<LocalDate> day = PageDates.read(date.orElse(""), clock, action.equals("paid"));
              problem = day.isPresent() ? CasePageHtml.Problem.NONE
                  : new CasePageHtml.Problem(action, html.text(l, "page.problem.date"), date.orElse(""));
              turn = day.map(d -> PageTurn.dated(turnId, action.equals("paid") ? PageTurn.Kind.PAID
                  : PageTurn.Kind.PROMISE, d));
            }
            case "plan" -> {
              problem = CasePageHtml.Problem.NONE;
              turn = Optional.of(PageTurn.plan(turnId));
            }
            case "choose" -> {
              problem = CasePageHtml.Problem.NONE;
              turn = choice.filter(c -> !c.isBlank() && c.length() <= InputLimits.IDENTIFIER)
                  .map(c -> PageTurn.chose(turnId, c));
            }
            default -> {
              return html(StatusCodes.NOT_FOUND, html.notice(l, html.text(l, "page.title.anonymous"),
                  "/d/" + link.token(), html.text(l, "page.not_found")));
            }
          }
          if (!problem.form().isEmpty() || turn.isEmpty()) {
            return page(link, found, session, problem);
          }
          return onSuccess(talk.turn(link, l, turn.get()), done -> seeOther("/d/" + link.token() + "#talk"));
        })))));
  }

  /** A problem with written words: none, too long (kept as typed), or empty. */
  private CasePageHtml.Problem words(Language l, String form, Optional<String> written) {
    String text = written.orElse("").strip();
    if (text.isEmpty()) {
      return new CasePageHtml.Problem(form, html.text(l, "page.problem.empty"), "");
    }
    return InputLimits.text(text, InputLimits.WORDS).isPresent()
        ? new CasePageHtml.Problem(form, html.text(l, "page.problem.too_long", Map.of("max", InputLimits.WORDS)), text)
        : CasePageHtml.Problem.NONE;
  }

  /** The EPC QR code of what the case owes (404 when there is none: no IBAN, nothing due, not in euros). */
  private Route qr(PageCases.Found found) {
    return PaymentDetails.forCase(found.view(), found.business()).qr() instanceof EpcQr.Ready ready
        ? complete(HttpResponse.create().withEntity(HttpEntities.create(ContentTypes.create(MediaTypes.IMAGE_PNG),
            ready.png())))
        : html(StatusCodes.NOT_FOUND, "");
  }

  /** One of the case's letters, by its stage; nothing of another case's. */
  private Route letter(DebtorPageLinks.PageLink link, String stage) {
    Optional<Stage> named = List.of(Stage.values()).stream().filter(s -> s.wire().equals(stage)).findFirst();
    return onSuccess(CompletableFuture.supplyAsync(() -> named.flatMap(s -> letters.find(link.caseId(), s)), blocking),
        found -> found.map(letter -> pdf(letter.pdf(), letter.stage().wire() + "-" + letter.issuedOn() + ".pdf"))
            .orElseGet(() -> html(StatusCodes.NOT_FOUND, "")));
  }

  /** One of the case's invoice PDFs, by its number; nothing of another case's. */
  private Route invoice(DebtorPageLinks.PageLink link, String number) {
    return onSuccess(CompletableFuture.supplyAsync(() -> pdfs.pdf(link.caseId(), number), blocking),
        found -> found.map(bytes -> pdf(bytes, "invoice-" + number.replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf"))
            .orElseGet(() -> html(StatusCodes.NOT_FOUND, "")));
  }
}
