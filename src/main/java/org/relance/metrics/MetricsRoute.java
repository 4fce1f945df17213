package org.relance.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.server.Route;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.relance.http.BearerToken;

/**
 * {@code GET /metrics}: this node's meters in Prometheus text format. Open when
 * {@code relance.metrics.token} is empty (a scraper on a private network, like {@code /health});
 * else only for {@code Authorization: Bearer <token>} (401 otherwise). Counts only, never a person's
 * data; each node of a cluster answers for itself.
 */
public final class MetricsRoute extends AllDirectives {

  private final PrometheusMeterRegistry registry;
  private final BearerToken token;
  private final boolean open;

  public MetricsRoute(PrometheusMeterRegistry registry, String token) {
    this.registry = registry;
    this.token = new BearerToken(token);
    this.open = token.isBlank();
  }

  public Route route() {
    return path("metrics", () -> get(() -> open ? scrape() : token.required(this::scrape)));
  }

  private Route scrape() {
    return complete(HttpEntities.create(ContentTypes.TEXT_PLAIN_UTF8, registry.scrape()));
  }
}
