package org.relance.api;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.limits.InputLimits;
import org.relance.scheduling.TimeKeeper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/clock}: read the service's time (and where a move in progress is going); move the
 * simulated clock forward by at most 400 days (409 with the system clock). The answer comes once
 * every wake-up the move caused was processed, with the {@code target} instant. With an
 * {@code Idempotency-Key}, a retry (after a timeout) moves the clock to the same target, never twice.
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
        path("advance", () -> post(() -> withIdempotencyKey(key -> withBody(ApiRequests.AdvanceBody.class, body -> {
          if (!time.isSimulated()) {
            return complete(error(StatusCodes.CONFLICT, null,
                "the clock is the system clock; start with relance.clock.mode = simulated to move it"));
          }
          Duration by = duration(body);
          return respond(time.advance(by, key).thenApply(target -> {
            Map<String, Object> answer = now();
            answer.put("target", target.toString());
            return json(StatusCodes.OK, answer);
          }));
        }))))));
  }

  /** The time now, the mode, and where a move in progress is going ({@code movingTo}). */
  private Map<String, Object> now() {
    Map<String, Object> now = new LinkedHashMap<>();
    now.put("now", time.clock().instant().toString());
    now.put("mode", time.isSimulated() ? "simulated" : "system");
    time.movingTo().ifPresent(target -> now.put("movingTo", target.toString()));
    return now;
  }

  private static Duration duration(ApiRequests.AdvanceBody body) {
    if ((body.days() == null) == (body.hours() == null)) {
      throw new InvalidInput(null, "give either days or hours");
    }
    long amount = body.days() != null ? body.days() : body.hours();
    String field = body.days() != null ? "days" : "hours";
    InvalidInput.require(amount >= 0, field, "must be zero or more: the clock never goes backwards");
    long most = body.days() != null ? InputLimits.CLOCK_DAYS : InputLimits.CLOCK_DAYS * 24L;
    InvalidInput.require(amount <= most, field, "is too large a jump (at most " + most + "): move in several steps");
    return body.days() != null ? Duration.ofDays(amount) : Duration.ofHours(amount);
  }
}
