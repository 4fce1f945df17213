package org.relance.http;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.util.ArrayList;
import java.util.List;

/**
 * Every HTTP route of the service: {@code /health}, then the routes of each face (API, admin, webhook),
 * none cached; a failure in any of them answers only an id ({@link ErrorAnswers}).
 */
public final class HttpRoutes extends AllDirectives {

  private final List<Route> faces;

  public HttpRoutes(List<Route> faces) {
    this.faces = List.copyOf(faces);
  }

  public Route all() {
    List<Route> routes = new ArrayList<>();
    routes.add(health());
    routes.addAll(faces);
    return new NoStoreHeaders().around(ErrorAnswers.handled(
        concat(routes.get(0), routes.subList(1, routes.size()).toArray(Route[]::new))));
  }

  private Route health() {
    return path("health", () -> get(() ->
        complete(StatusCodes.OK, HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\":\"ok\"}"))));
  }
}
