package org.relance.http;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.HttpChallenge;
import org.apache.pekko.http.javadsl.model.headers.WWWAuthenticate;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * A route for callers with one bearer token ({@code Authorization: Bearer <token>}, compared in
 * constant time); anyone else gets 401 {@code {"error": "a valid bearer token is required"}}.
 */
public final class BearerToken extends AllDirectives {

  private final byte[] expected;

  public BearerToken(String token) {
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  public Route required(Supplier<Route> inner) {
    return optionalHeaderValueByName("Authorization", header -> {
      if (header.isPresent() && MessageDigest.isEqual(header.get().getBytes(StandardCharsets.UTF_8), expected)) {
        return inner.get();
      }
      return respondWithHeader(WWWAuthenticate.create(HttpChallenge.create("Bearer", "relance")),
          () -> complete(StatusCodes.UNAUTHORIZED, HttpEntities.create(ContentTypes.APPLICATION_JSON,
              "{\"error\":\"a valid bearer token is required\"}")));
    });
  }
}
