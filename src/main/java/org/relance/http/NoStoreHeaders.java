package org.relance.http;

import org.apache.pekko.http.javadsl.model.HttpHeader;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.RejectionHandler;
import org.apache.pekko.http.javadsl.server.Route;

import java.util.List;

/**
 * Every answer of the service, authenticated or not, is never cached ({@code Cache-Control:
 * no-store}: a case's data must not stay in a shared or browser cache) and never content-sniffed
 * ({@code X-Content-Type-Options: nosniff}), rejections (401, 404...) included. A route that sets its
 * own value keeps it.
 */
public final class NoStoreHeaders extends AllDirectives {

  private static final List<HttpHeader> HEADERS = List.of(
      RawHeader.create("Cache-Control", "no-store"), RawHeader.create("X-Content-Type-Options", "nosniff"));

  public Route around(Route inner) {
    return respondWithDefaultHeaders(HEADERS, () -> handleRejections(RejectionHandler.defaultHandler(), () -> inner));
  }
}
