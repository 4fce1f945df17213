package org.relance.http;

import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.util.ArrayList;
import java.util.List;

/** Every HTTP route of the service: the routes of each face ({@code /health}, API, admin, webhook), in order. */
public final class HttpRoutes extends AllDirectives {

  private final List<Route> faces;

  public HttpRoutes(List<Route> faces) {
    this.faces = List.copyOf(faces);
  }

  public Route all() {
    List<Route> routes = new ArrayList<>();
    routes.addAll(faces);
    return concat(routes.get(0), routes.subList(1, routes.size()).toArray(Route[]::new));
  }
}
