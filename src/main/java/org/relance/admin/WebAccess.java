package org.relance.admin;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.model.headers.SameSite;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.accounts.ApiTokens;
import org.relance.accounts.Sessions;
import org.relance.api.ApiSupport;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Authentication of the admin page: finds the caller from the session cookie or an API token
 * ({@code Authorization: Bearer rlt_…}), answers 401 without one, checks the CSRF token of every
 * change made through a session, and builds the session cookie (HTTP-only, SameSite=Strict,
 * Secure unless {@code relance.admin.secure-cookies} is off for plain-HTTP development).
 */
final class WebAccess extends ApiSupport {

  static final String COOKIE = "relance_session";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private final Sessions sessions;
  private final ApiTokens tokens;
  private final Executor blocking;
  private final boolean secureCookies;

  WebAccess(String adminToken, Sessions sessions, ApiTokens tokens, Executor blocking, boolean secureCookies) {
    super(adminToken);
    this.sessions = sessions;
    this.tokens = tokens;
    this.blocking = blocking;
    this.secureCookies = secureCookies;
  }

  Sessions sessions() {
    return sessions;
  }

  Executor blocking() {
    return blocking;
  }

  /** Continues with the caller, if the request carries a live session or API token. */
  Route caller(Function<Optional<Caller>, Route> inner) {
    return optionalCookie(COOKIE, cookie -> optionalHeaderValueByName("Authorization", auth ->
        onSuccess(CompletableFuture.supplyAsync(() -> resolve(cookie.map(c -> c.value()), auth), blocking), inner)));
  }

  private Optional<Caller> resolve(Optional<String> sessionId, Optional<String> authorization) {
    Optional<Caller> bySession = sessionId.flatMap(id -> sessions.find(id)
        .map(live -> new Caller(live.account(), id, live.csrfToken())));
    if (bySession.isPresent()) {
      return bySession;
    }
    return authorization.filter(a -> a.startsWith("Bearer ")).flatMap(a -> tokens.find(a.substring(7).trim()))
        .map(account -> new Caller(account, null, null));
  }

  /** The route for a signed-in caller; 401 with a courteous message otherwise. */
  Route signedIn(Function<Caller, Route> inner) {
    return caller(found -> found.map(inner)
        .orElseGet(() -> complete(error(StatusCodes.UNAUTHORIZED, null, "Please sign in first."))));
  }

  /** A change: through a session it must carry the session's CSRF token in {@value #CSRF_HEADER}. */
  Route changing(Caller caller, Supplier<Route> inner) {
    if (!caller.viaSession()) {
      return inner.get();
    }
    return optionalHeaderValueByName(CSRF_HEADER, token -> csrfMatches(caller, token.orElse(""))
        ? inner.get()
        : complete(error(StatusCodes.FORBIDDEN, null, "This change lacks its security token; please reload the page.")));
  }

  static boolean csrfMatches(Caller caller, String token) {
    return caller.csrfToken() != null && MessageDigest.isEqual(caller.csrfToken().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  HttpCookie sessionCookie(String id, long maxAgeSeconds) {
    return HttpCookie.create(COOKIE, id).withPath("/").withHttpOnly(true).withSecure(secureCookies)
        .withSameSite(SameSite.Strict).withMaxAge(maxAgeSeconds);
  }
}
