package org.relance.debtorpage;

import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.model.headers.SameSite;
import org.apache.pekko.http.javadsl.model.headers.SetCookie;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.accounts.Secrets;
import org.relance.common.Language;
import org.relance.limits.InputLimits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The debtor page's routes: its CSS and script ({@code /d-files/}), and under {@code /d/<token>} the
 * link's own pages: every request counted by the throttle, an unknown (or replaced) token answered
 * 404 with the same page whatever the path, the verification question (a pre-session form token in a
 * SameSite=Strict cookie, compared with the form's), and the signed one-click answers (a GET shows a
 * confirmation, only the POST answers). A verified browser's pages are {@link CasePageRoutes}'. Every
 * answer forbids framing, inline scripts and anything from elsewhere.
 */
public final class DebtorPageRoutes extends PageResponses {

  static final String FORM_COOKIE = "relance_page_form";
  private static final Set<String> FILES = Set.of("page.css", "page.js");
  private static final List<HttpHeader> SECURITY_HEADERS = List.of(
      RawHeader.create("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
      RawHeader.create("X-Content-Type-Options", "nosniff"),
      RawHeader.create("Referrer-Policy", "no-referrer"),
      RawHeader.create("Cache-Control", "no-store"));

  private final DebtorPageLinks links;
  private final PageThrottle throttle;
  private final PageCases cases;
  private final PageVerification verification;
  private final PageHtml html;
  private final CasePageRoutes casePages;
  private final PageTalk talk;
  private final Executor blocking;
  private final boolean secureCookies;

  DebtorPageRoutes(DebtorPageLinks links, PageThrottle throttle, PageCases cases, PageVerification verification,
                   PageHtml html, CasePageRoutes casePages, PageTalk talk, Executor blocking, boolean secureCookies) {
    this.links = links;
    this.throttle = throttle;
    this.cases = cases;
    this.verification = verification;
    this.html = html;
    this.casePages = casePages;
    this.talk = talk;
    this.blocking = blocking;
    this.secureCookies = secureCookies;
  }

  public Route route() {
    return respondWithHeaders(SECURITY_HEADERS, () -> concat(
        path(PathMatchers.segment("d-files").slash(PathMatchers.segment()), file -> get(() -> FILES.contains(file)
            ? getFromResource("debtorpage/" + file) : html(StatusCodes.NOT_FOUND, notFound(Language.FR)))),
        pathPrefix("d", () -> pathPrefix(PathMatchers.segment(), token -> parameterOptional("lang", lang ->
            throttle.allow(token) ? opened(token, language(lang))
                : html(StatusCodes.TOO_MANY_REQUESTS, html.notice(language(lang).orElse(Language.FR),
                    html.text(language(lang).orElse(Language.FR), "page.title.anonymous"), "/d/" + token,
                    html.text(language(lang).orElse(Language.FR), "page.problem.busy"))))))));
  }

  /** The pages of a link that opens a case: its verification, its answers, then the verified pages. */
  private Route opened(String token, Optional<Language> asked) {
    return onSuccess(CompletableFuture.supplyAsync(() -> links.find(token), blocking), link -> link.isEmpty()
        ? html(StatusCodes.NOT_FOUND, notFound(asked.orElse(Language.FR)))
        : onSuccess(cases.find(link.get().caseId()), found -> found.isEmpty()
            ? html(StatusCodes.NOT_FOUND, notFound(asked.orElse(Language.FR)))
            : casePages.withSession(link.get(), found.get(), asked, (session, language) -> concat(
                path("verify", () -> post(() -> formField(language, answered -> verify(link.get(), found.get(),
                    answered)))),
                path(PathMatchers.segment("answer").slash(PathMatchers.segment()), signed ->
                    answer(link.get(), signed, language)),
                session.map(s -> casePages.route(link.get(), found.get(), s))
                    .orElseGet(() -> pathEnd(() -> get(() -> verificationPage(link.get(), found.get(), language, "")))),
                html(StatusCodes.NOT_FOUND, notFound(language))))));
  }

  /** The verification question, or the locked notice; sets a fresh form token when the browser has none. */
  private Route verificationPage(DebtorPageLinks.PageLink link, PageCases.Found found, Language language,
                                 String problem) {
    if (link.locked()) {
      return html(StatusCodes.FORBIDDEN, html.notice(language, html.text(language, "page.title.anonymous"),
          "/d/" + link.token(), html.text(language, "page.verify.locked", Map.of("business", found.business().name()))));
    }
    return formToken(csrf -> html(problem.isEmpty() ? StatusCodes.OK : StatusCodes.BAD_REQUEST,
        html.verification(language, link.token(), problem, csrf)));
  }

  /** A verification answer: a session and the case's page when proved; the question again, or the lock, otherwise. */
  private Route verify(DebtorPageLinks.PageLink link, PageCases.Found found, Answered answered) {
    Language language = answered.language();
    String answer = answered.field().strip();
    if (answer.isEmpty()) {
      return verificationPage(link, found, language, html.text(language, "page.verify.empty"));
    }
    if (InputLimits.text(answer, InputLimits.LINE).isPresent()) {
      return verificationPage(link, found, language, html.text(language, "page.problem.too_long",
          Map.of("max", InputLimits.LINE)));
    }
    return onSuccess(verification.check(link, found, answer), outcome -> switch (outcome) {
      case PROVED -> casePages.openSession(link, found, language);
      case SEVERAL -> verificationPage(link, found, language, html.text(language, "debtor.verify.one"));
      case WRONG -> verificationPage(link, found, language, html.text(language, "debtor.verify.retry") + " "
          + html.text(language, "page.verify.tries_left",
          Map.of("tries", Math.max(1, verification.maxTries() - link.wrongAnswers() - 1))));
      case LOCKED -> verificationPage(new DebtorPageLinks.PageLink(link.caseId(), link.generation(), link.token(),
          link.wrongAnswers() + 1, true), found, language, "");
    });
  }

  /** A signed answer: a confirmation page (GET), the answer given to the dialogue (POST with the form token). */
  private Route answer(DebtorPageLinks.PageLink link, String signed, Language language) {
    Optional<DebtorPageLinks.SignedAnswer> read = links.readAnswer(link.token(), signed);
    if (read.isEmpty() || link.locked()) {
      return html(StatusCodes.NOT_FOUND, html.notice(language, html.text(language, "page.answer.title"),
          "/d/" + link.token(), html.text(language, "page.answer.bad")));
    }
    String choice = read.get().choice();
    String label = choice.startsWith("yes") ? html.text(language, "page.answer.yes")
        : choice.startsWith("no") ? html.text(language, "page.answer.no") : PageHtml.escape(choice);
    return concat(
        get(() -> formToken(csrf -> html(html.answer(language, link.token(), signed, label, csrf)))),
        post(() -> formField(language, confirmed -> onSuccess(talk.answer(link, read.get().conversation(), choice,
            Secrets.sha256(signed).substring(0, 32), language), answered -> html(html.notice(language,
            html.text(language, "page.answer.title"), "/d/" + link.token(), answered.isEmpty()
                ? html.text(language, "page.answer.done")
                : PageHtml.escape(String.join("\n", answered))))))));
  }

  /** A form's field {@code answer} (or none) and language, once its form token matches the cookie's. */
  private record Answered(String field, Language language) {}

  private Route formField(Language language, Function<Answered, Route> inner) {
    return optionalCookie(FORM_COOKIE, cookie -> formFieldOptional("csrf", csrf -> formFieldOptional("lang", lang ->
        formFieldOptional("answer", answer -> {
          Language chosen = language(lang).orElse(language);
          if (cookie.isEmpty() || !same(cookie.get().value(), csrf.orElse(""))) {
            return html(StatusCodes.FORBIDDEN, html.notice(chosen, html.text(chosen, "page.title.anonymous"), "/",
                html.text(chosen, "page.problem.csrf")));
          }
          return inner.apply(new Answered(answer.orElse(""), chosen));
        }))));
  }

  /** The browser's form token, or a new one set in its cookie (SameSite=Strict, HTTP-only). */
  private Route formToken(Function<String, Route> inner) {
    return optionalCookie(FORM_COOKIE, cookie -> {
      if (cookie.isPresent() && cookie.get().value().length() >= 32) {
        return inner.apply(cookie.get().value());
      }
      String token = Secrets.random();
      HttpCookie set = HttpCookie.create(FORM_COOKIE, token).withPath("/d/").withHttpOnly(true)
          .withSecure(secureCookies).withSameSite(SameSite.Strict);
      return respondWithHeader(SetCookie.create(set), (Supplier<Route>) () -> inner.apply(token));
    });
  }

  static boolean same(String expected, String given) {
    return !expected.isEmpty() && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private String notFound(Language language) {
    return html.notice(language, html.text(language, "page.title.anonymous"), "/d/", html.text(language, "page.not_found"));
  }
}
