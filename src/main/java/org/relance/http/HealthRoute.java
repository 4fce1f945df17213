package org.relance.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.cluster.ClusterHealth;
import org.relance.readside.ReadSideHealth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health endpoints, unauthenticated. {@code GET /health/live}: the process is up and answers
 * (always 200; a supervisor restarts it when this fails). {@code GET /health/ready}: {@link
 * ReadSideHealth}'s report and the node's view of the cluster ({@link ClusterHealth}) as JSON; 503
 * when a read side is unhealthy or this node is not an {@code Up} member of the cluster, so a load
 * balancer sends nothing to it. {@code GET /health} answers as {@code /health/ready}, as it always did.
 */
public final class HealthRoute extends AllDirectives {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadSideHealth health;
  private final ClusterHealth cluster;

  public HealthRoute(ReadSideHealth health, ClusterHealth cluster) {
    this.health = health;
    this.cluster = cluster;
  }

  public Route route() {
    return concat(
        path(PathMatchers.segment("health").slash("live"), () -> get(() ->
            complete(StatusCodes.OK, HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\":\"up\"}")))),
        path(PathMatchers.segment("health").slash("ready"), () -> get(this::readiness)),
        path("health", () -> get(this::readiness)));
  }

  private Route readiness() {
    return onSuccess(health.check(), report -> {
      boolean healthy = report.healthy() && cluster.ready();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", cluster.ready() ? report.status() : "not_in_cluster");
      body.put("parked", report.parked());
      body.put("readSides", report.readSides());
      body.put("cluster", cluster.report());
      try {
        return complete(healthy ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE,
            HttpEntities.create(ContentTypes.APPLICATION_JSON, JSON.writeValueAsString(body)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("Cannot write the health report", e);
      }
    });
  }
}
