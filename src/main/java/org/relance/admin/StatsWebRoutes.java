package org.relance.admin;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.MediaTypes;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.headers.CacheControl;
import org.apache.pekko.http.javadsl.model.headers.CacheDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.api.ApiSupport;
import org.relance.common.Language;
import org.relance.stats.MoneyPictures;
import org.relance.stats.StatsChart;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Where the money stands on the admin page, within the caller's businesses: {@code ageing} (the
 * ageing buckets of {@link org.relance.stats.Ageing} with the DSO, as JSON) and {@code stats.png?business=…&currency=…&lang=fr|en}
 * (the same numbers drawn by the chart the bot sends with {@code /stats}, rendered on the blocking executor).
 */
final class StatsWebRoutes extends ApiSupport {

  private final MoneyPictures pictures;
  private final StatsChart chart;
  private final Clock clock;
  private final Executor blocking;

  StatsWebRoutes(String adminToken, MoneyPictures pictures, StatsChart chart, Clock clock, Executor blocking) {
    super(adminToken);
    this.pictures = pictures;
    this.chart = chart;
    this.clock = clock;
    this.blocking = blocking;
  }

  /** The routes for a caller who sees {@code scope} (null: every business). */
  Route route(Set<String> scope) {
    return concat(
        path("ageing", () -> get(() -> respond(CompletableFuture.supplyAsync(() -> json(StatusCodes.OK,
            pictures.of(scope, clock.instant())), blocking)))),
        path("stats.png", () -> get(() -> parameterMap(params -> guarded(() -> {
          String business = params.get("business");
          String currency = params.get("currency");
          Language language = "fr".equals(params.get("lang")) ? Language.FR : Language.EN;
          boolean visible = business != null && (scope == null || scope.contains(business));
          return respond(CompletableFuture.supplyAsync(() -> (visible ? pictures.of(Set.of(business), clock.instant())
              : java.util.List.<org.relance.stats.MoneyPicture>of()).stream()
              .filter(p -> p.currency().equals(currency)).findFirst()
              .map(p -> png(chart.png(p, language)))
              .orElseGet(() -> error(StatusCodes.NOT_FOUND, "business",
                  "No figures for this business and currency among the businesses you can see.")), blocking));
        })))));
  }

  private static HttpResponse png(byte[] bytes) {
    return HttpResponse.create().withEntity(HttpEntities.create(ContentTypes.create(MediaTypes.IMAGE_PNG), bytes))
        .addHeader(CacheControl.create(CacheDirectives.NO_STORE));
  }
}
