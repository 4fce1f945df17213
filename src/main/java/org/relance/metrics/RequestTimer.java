package org.relance.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

import java.time.Duration;
import java.util.Locale;

/**
 * Times every HTTP request on this node ({@code relance_http_requests_seconds}, a histogram), by
 * method, route template ({@link RouteTemplate}: ids replaced, so one line per route, not per case)
 * and status. Wrapped around the routes after rejections became answers, so a 404 counts too.
 */
public final class RequestTimer extends AllDirectives {

  /** The histogram's buckets: from a cached answer to a dossier rendered on a busy day. */
  private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private final MeterRegistry registry;

  public RequestTimer(MeterRegistry registry) {
    this.registry = registry;
  }

  public Route around(Route inner) {
    return extractRequest(request -> {
      long started = System.nanoTime();
      String method = request.method().name().toUpperCase(Locale.ROOT);
      String route = RouteTemplate.of(request.getUri().path());
      return mapResponse(response -> {
        Timer.builder("relance.http.requests").description("HTTP requests answered, by route template")
            .tags("method", method, "route", route, "status", Integer.toString(response.status().intValue()))
            .serviceLevelObjectives(BUCKETS)
            .register(registry).record(Duration.ofNanos(System.nanoTime() - started));
        return response;
      }, () -> inner);
    });
  }
}
