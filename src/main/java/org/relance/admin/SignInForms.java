package org.relance.admin;

import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.model.headers.SameSite;
import org.apache.pekko.http.javadsl.model.headers.SetCookie;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.accounts.Secrets;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Closes login CSRF (another site signing a visitor in, e.g. into the attacker's account): the
 * sign-in pages set a pre-session cookie {@value #COOKIE} holding a random token that their script
 * copies into the form's {@code csrf} field, and a sign-in post is accepted only when the two match
 * (another site can neither read nor set our cookie). A post a browser marks as coming from another
 * site ({@code Sec-Fetch-Site}, or an {@code Origin} other than this host or the public URL; an
 * opaque {@code Origin: null} proves nothing either way) is refused outright. The cookie is SameSite=Strict, and readable by the page's script by design.
 */
final class SignInForms extends AllDirectives {

  static final String COOKIE = "relance_signin";
  static final String FIELD = "csrf";
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  private final boolean secureCookies;
  private final String publicOrigin;

  SignInForms(boolean secureCookies, String publicUrl) {
    this.secureCookies = secureCookies;
    this.publicOrigin = origin(publicUrl);
  }

  /** A sign-in page, with a fresh form token in its cookie. */
  Route page(Supplier<Route> inner) {
    HttpCookie cookie = HttpCookie.create(COOKIE, Secrets.random()).withPath("/").withSecure(secureCookies)
        .withSameSite(SameSite.Strict);
    return respondWithHeader(SetCookie.create(cookie), inner);
  }

  /** A sign-in post: refused from another site (403), sent back to the form without a matching token. */
  Route posted(Supplier<Route> inner, Supplier<Route> retry) {
    return extractRequest(request -> fromAnotherSite(request)
        ? complete(StatusCodes.FORBIDDEN, "This sign-in did not come from the Relance page; please open the page and sign in there.")
        : optionalCookie(COOKIE, cookie -> formFieldOptional(FIELD, field ->
            matches(cookie.map(c -> c.value()), field) ? inner.get() : retry.get())));
  }

  private boolean fromAnotherSite(HttpRequest request) {
    Optional<String> site = request.getHeader("Sec-Fetch-Site").map(h -> h.value().toLowerCase(Locale.ROOT));
    if (site.isPresent() && !OWN_SITE.contains(site.get())) {
      return true;
    }
    // the page's no-referrer policy makes browsers send "Origin: null" from the page itself: it says nothing
    Optional<String> origin = request.getHeader("Origin").map(h -> h.value().trim()).filter(o -> !o.equals("null"));
    if (origin.isEmpty()) {
      return false;
    }
    String host = request.getHeader("Host").map(h -> h.value().toLowerCase(Locale.ROOT)).orElse("");
    String from = origin(origin.get());
    return from.isEmpty() || !(from.substring(from.indexOf("://") + 3).equals(host) || from.equals(publicOrigin));
  }

  private static boolean matches(Optional<String> cookie, Optional<String> field) {
    return cookie.isPresent() && field.isPresent() && !cookie.get().isEmpty()
        && MessageDigest.isEqual(cookie.get().getBytes(StandardCharsets.UTF_8), field.get().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code scheme://host[:port]} in lower case, or "" when it is not such a URL (e.g. "null"). */
  private static String origin(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))
          .toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
