package org.relance.http;

import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import org.relance.limits.InputLimits;

import java.time.Duration;
import java.util.List;

/**
 * Every HTTP route of the service: the routes of each face ({@code /health}, API, admin, webhook), in
 * order, none cached; a failure in any of them answers only an id ({@link ErrorAnswers}). A request's
 * body is read whole before any route sees it, up to {@code relance.http.max-body-size} (413 past it),
 * so a route that answers early never leaves a client writing into a closed connection. A file upload
 * (a path ending in {@code /imports}) may be as large as {@link InputLimits#IMPORT_BYTES}, plus room for
 * a form's envelope.
 */
public final class HttpRoutes extends AllDirectives {

  /** How long a client may take to send its request's body. */
  private static final Duration BODY_READING = Duration.ofSeconds(20);

  /** Room for a multipart form's boundaries and headers around an uploaded file. */
  private static final long FORM_ENVELOPE = 64 * 1024;

  private final List<Route> faces;
  private final long maxBodyBytes;

  public HttpRoutes(List<Route> faces, long maxBodyBytes) {
    this.faces = List.copyOf(faces);
    this.maxBodyBytes = maxBodyBytes;
  }

  public Route all() {
    return new NoStoreHeaders().around(ErrorAnswers.handled(extractUri(uri -> toStrictEntity(BODY_READING,
        uri.path().endsWith("/imports") ? Math.max(maxBodyBytes, InputLimits.IMPORT_BYTES + FORM_ENVELOPE) : maxBodyBytes,
        () -> concat(faces.get(0), faces.subList(1, faces.size()).toArray(Route[]::new))))));
  }
}
