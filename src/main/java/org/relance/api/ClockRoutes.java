package org.relance.api;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.scheduling.TimeKeeper;

import java.time.Duration;
import java.util.Map;

/**
 * {@code /api/clock}: read the service's time; move the simulated clock forward (409 with the
 * system clock). The answer comes once every wake-up the move caused was processed.
 */
final class ClockRoutes extends ApiSupport {

  private final TimeKeeper time;

  ClockRoutes(String adminToken, TimeKeeper time) {
    super(adminToken);
    this.time = time;
  }

  Route route() {
    return pathPrefix("clock", () -> concat(
        pathEnd(() -> get(() -> complete(json(StatusCodes.OK, now())))),
        path("advance", () -> post(() -> withBody(ApiRequests.AdvanceBody.class, body -> {
          if (!time.isSimulated()) {
            return complete(error(StatusCodes.CONFLICT, null,
                "the clock is the system clock; start with relance.clock.mode = simulated to move it"));
          }
          Duration by = duration(body);
          return respond(time.advance(by).thenApply(now -> json(StatusCodes.OK, now())));
        })))));
  }

  private Map<String, Object> now() {
    return Map.of("now", time.clock().instant().toString(), "mode", time.isSimulated() ? "simulated" : "system");
  }

  private static Duration duration(ApiRequests.AdvanceBody body) {
    if ((body.days() == null) == (body.hours() == null)) {
      throw new InvalidInput(null, "give either days or hours");
    }
    long amount = body.days() != null ? body.days() : body.hours();
    String field = body.days() != null ? "days" : "hours";
    InvalidInput.require(amount >= 0, field, "must be zero or more: the clock never goes backwards");
    InvalidInput.require(amount <= 3660, field, "is too large a jump (at most 3660)");
    return body.days() != null ? Duration.ofDays(amount) : Duration.ofHours(amount);
  }
}
