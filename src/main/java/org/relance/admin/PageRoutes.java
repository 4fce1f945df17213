package org.relance.admin;

import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.Location;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.model.headers.SetCookie;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.relance.accounts.Account;
import org.relance.accounts.Accounts;
import org.relance.accounts.FirstAdminLinks;
import org.relance.accounts.HashingPool;
import org.relance.accounts.SignInLinks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The admin page itself: {@code /} (the sign-in form, or the page once signed in), its static
 * files under {@code /admin/} (only the sign-in page's are public), {@code POST /signin}, the
 * one-time links ({@code /signin/link/<token>}), the first admin's link ({@code /signin/first-admin/<token>},
 * printed at start while no account exists: a page to choose the admin's email and password, then
 * signed in) and {@code POST /signout}. Every answer forbids framing and inline scripts; a sign-in
 * post must come from the page itself ({@link SignInForms}), and the first admin's is throttled
 * like a password sign-in.
 */
final class PageRoutes extends AllDirectives {

  private static final Set<String> PUBLIC_FILES = Set.of("signin.html", "link.html", "first-admin.html", "signin.js",
      "style.css");
  private static final String FIRST_ADMIN = "/signin/first-admin/";
  private static final List<HttpHeader> SECURITY_HEADERS = List.of(
      RawHeader.create("Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; "
              + "form-action 'self'; base-uri 'none'"),
      RawHeader.create("X-Content-Type-Options", "nosniff"),
      RawHeader.create("Referrer-Policy", "no-referrer"),
      RawHeader.create("Cache-Control", "no-store"));

  /** How password sign-ins are guarded: the throttle, the client's address, the hashing pool, the form token. */
  record Guards(SignInThrottle throttle, ClientAddress address, HashingPool hashing, SignInForms forms) {}

  private final WebAccess access;
  private final Accounts accounts;
  private final SignInLinks links;
  private final FirstAdminLinks firstAdmin;
  private final Guards guards;

  PageRoutes(WebAccess access, Accounts accounts, SignInLinks links, FirstAdminLinks firstAdmin, Guards guards) {
    this.access = access;
    this.accounts = accounts;
    this.links = links;
    this.firstAdmin = firstAdmin;
    this.guards = guards;
  }

  Route route() {
    return respondWithHeaders(SECURITY_HEADERS, () -> concat(
        pathSingleSlash(() -> get(() -> guards.forms().page(() -> access.caller(caller ->
            getFromResource("admin/" + (caller.isPresent() ? "app.html" : "signin.html")))))),
        path(PathMatchers.segment("admin").slash(PathMatchers.segment()), file -> get(() ->
            PUBLIC_FILES.contains(file) ? getFromResource("admin/" + file)
                : access.signedIn(caller -> getFromResource("admin/" + file)))),
        path("signin", () -> post(() -> guards.forms().posted(this::signIn, () -> seeOther("/?signin=retry")))),
        // a one-time link shows a page whose button posts it: link previews (GET) never use it up
        path(PathMatchers.segment("signin").slash("link").slash(PathMatchers.segment()), token ->
            get(() -> guards.forms().page(() -> getFromResource("admin/link.html")))),
        path(PathMatchers.segment("signin").slash("link"), () -> post(() -> guards.forms().posted(
            () -> formFieldOptional("token", token -> openSession(CompletableFuture.supplyAsync(
                () -> links.use(token.orElse("")), access.blocking()), "/?signin=expired")),
            () -> seeOther("/?signin=retry")))),
        path(PathMatchers.segment("signin").slash("first-admin").slash(PathMatchers.segment()), token ->
            get(() -> onSuccess(CompletableFuture.supplyAsync(() -> firstAdmin.check(token), access.blocking()),
                refused -> refused.map(r -> seeOther(refusedAt(r)))
                    .orElseGet(() -> guards.forms().page(() -> getFromResource("admin/first-admin.html")))))),
        path(PathMatchers.segment("signin").slash("first-admin"), () -> post(() -> formFieldOptional("token",
            token -> guards.forms().posted(() -> createFirstAdmin(token.orElse("")),
                () -> seeOther(FIRST_ADMIN + URLEncoder.encode(token.orElse(""), StandardCharsets.UTF_8)
                    + "?problem=retry"))))),
        path("signout", () -> post(this::signOut))));
  }

  /** Where a refused first admin's link sends: the sign-in form, saying why. */
  private static String refusedAt(FirstAdminLinks.Refusal refusal) {
    return refusal == FirstAdminLinks.Refusal.ACCOUNT_EXISTS ? "/?signin=first_exists" : "/?signin=first_spent";
  }

  /** What the first admin's form did: the account created, or where to send the browser. */
  private record FirstAdminAnswer(Optional<Account> admin, String elsewhere) {}

  /**
   * The first admin's form: the two passwords must match; a try is reserved on the throttle as for
   * a password sign-in, then the link is spent and the account added on the hashing pool; bad input
   * sends back to the page (the link still works), a spent link or an existing account to the form.
   */
  private Route createFirstAdmin(String token) {
    String page = FIRST_ADMIN + URLEncoder.encode(token, StandardCharsets.UTF_8);
    return guards.address().of(address -> formFieldOptional("email",
        email -> formFieldOptional("password", password -> formFieldOptional("password2", repeated -> {
          if (!password.equals(repeated)) {
            return seeOther(page + "?problem=mismatch");
          }
          Optional<SignInThrottle.Attempt> attempt = guards.throttle().reserve(email.orElse(""), address);
          if (attempt.isEmpty()) {
            return seeOther(page + "?problem=throttled");
          }
          Optional<CompletableFuture<FirstAdminAnswer>> answer = guards.hashing().offer(() -> {
            try {
              FirstAdminLinks.Outcome outcome = firstAdmin.use(token, email.orElse(""), password.orElse(""));
              outcome.created().ifPresent(a -> attempt.get().succeeded());
              return new FirstAdminAnswer(outcome.created(), outcome.refusal().map(PageRoutes::refusedAt).orElse("/"));
            } catch (IllegalArgumentException badInput) {
              attempt.get().abandoned();
              return new FirstAdminAnswer(Optional.empty(),
                  page + (password.orElse("").length() < Accounts.MIN_PASSWORD_LENGTH
                  ? "?problem=password" : "?problem=invalid_email"));
            }
          });
          if (answer.isEmpty()) {
            attempt.get().abandoned();
            return seeOther(page + "?problem=busy");
          }
          return onSuccess(answer.get(), done -> done.admin().isPresent()
              ? openSession(CompletableFuture.completedFuture(done.admin()), "/") : seeOther(done.elsewhere()));
        }))));
  }

  /**
   * A password sign-in: the try is reserved before the password is checked (refused when the email
   * or the address has used its tries), then checked on the hashing pool (refused when it is full).
   */
  private Route signIn() {
    return guards.address().of(address -> formFieldOptional("email", email -> formFieldOptional("password", password -> {
      String who = email.orElse("");
      Optional<SignInThrottle.Attempt> attempt = guards.throttle().reserve(who, address);
      if (attempt.isEmpty()) {
        return seeOther("/?signin=throttled");
      }
      Optional<CompletableFuture<Optional<Account>>> checked =
          guards.hashing().offer(() -> accounts.authenticate(who, password.orElse("")));
      if (checked.isEmpty()) {
        attempt.get().abandoned();
        return seeOther("/?signin=busy");
      }
      return openSession(checked.get().thenApply(account -> {
        account.ifPresent(a -> attempt.get().succeeded());
        return account;
      }), "/?signin=failed");
    })));
  }

  /** Opens a session for the account found (cookie, then the page), or sends back to {@code failed}. */
  private Route openSession(CompletionStage<Optional<Account>> found, String failed) {
    return onSuccess(found.thenApplyAsync(account -> account.map(access.sessions()::open), access.blocking()),
        opened -> opened
        .map(session -> respondWithHeader(SetCookie.create(access.sessionCookie(session.id(),
            access.sessions().lifetime().toSeconds())), () -> seeOther("/")))
        .orElseGet(() -> seeOther(failed)));
  }

  private Route signOut() {
    return access.caller(caller -> formFieldOptional("csrf", token -> {
      if (caller.isEmpty() || !caller.get().viaSession()) {
        return seeOther("/");
      }
      if (!WebAccess.csrfMatches(caller.get(), token.orElse(""))) {
        return complete(StatusCodes.FORBIDDEN, "This sign-out lacks its security token; please reload the page.");
      }
      return onSuccess(CompletableFuture.runAsync(() -> access.sessions().close(caller.get().sessionId()),
          access.blocking()), done -> respondWithHeader(SetCookie.create(access.sessionCookie("", 0)),
          () -> seeOther("/")));
    }));
  }

  private Route seeOther(String location) {
    return respondWithHeader(Location.create(location), (Supplier<Route>) () -> complete(StatusCodes.SEE_OTHER));
  }
}
