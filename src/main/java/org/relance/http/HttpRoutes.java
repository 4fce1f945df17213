package org.relance.http;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

/** Every HTTP route of the service, composed from the faces that own them. */
public final class HttpRoutes extends AllDirectives {

  private final String adminToken;
  private final Route telegramWebhook;

  public HttpRoutes(String adminToken, Route telegramWebhook) {
    this.adminToken = adminToken;
    this.telegramWebhook = telegramWebhook;
  }

  public Route all() {
    return concat(health(), telegramWebhook);
  }

  private Route health() {
    return path("health", () -> get(() ->
        complete(StatusCodes.OK, HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\":\"ok\"}"))));
  }
}
