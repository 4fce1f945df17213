package org.relance.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.readside.ReadSideHealth;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}, unauthenticated: 200 or 503 with {@link ReadSideHealth}'s report as JSON. */
public final class HealthRoute extends AllDirectives {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadSideHealth health;

  public HealthRoute(ReadSideHealth health) {
    this.health = health;
  }

  public Route route() {
    return path("health", () -> get(() -> onSuccess(health.check(), report -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", report.status());
      body.put("parked", report.parked());
      body.put("readSides", report.readSides());
      try {
        return complete(report.healthy() ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE,
            HttpEntities.create(ContentTypes.APPLICATION_JSON, JSON.writeValueAsString(body)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("Cannot write the health report", e);
      }
    })));
  }
}
