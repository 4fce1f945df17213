package org.relance.http;

import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.util.List;

/**
 * Every HTTP route of the service: the routes of each face ({@code /health}, API, admin, webhook), in
 * order, none cached; a failure in any of them answers only an id ({@link ErrorAnswers}).
 */
public final class HttpRoutes extends AllDirectives {

  private final List<Route> faces;

  public HttpRoutes(List<Route> faces) {
    this.faces = List.copyOf(faces);
  }

  public Route all() {
    return new NoStoreHeaders().around(ErrorAnswers.handled(
        concat(faces.get(0), faces.subList(1, faces.size()).toArray(Route[]::new))));
  }
}
