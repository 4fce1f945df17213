package org.relance.api;

import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.Route;
import org.relance.limits.InputLimits;
import org.relance.scheduling.TimeKeeper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code /api/clock}: read the service's time (and where a move in progress is going); move the
 * simulated clock forward by at most 400 days (409 with the system clock). The answer (200, with the
 * {@code target} instant) comes once every wake-up the move caused was processed; a move still going
 * after {@code relance.clock.answer-within} is answered 202 with its target, and goes on ({@code GET}
 * shows {@code movesPending} and {@code movingTo} until it is done). With an {@code Idempotency-Key}, a retry moves the clock
 * to the same target, never twice.
 */
final class ClockRoutes extends ApiSupport {

  private final TimeKeeper time;
  private final Duration answerWithin;

  ClockRoutes(String adminToken, TimeKeeper time, Duration answerWithin) {
    super(adminToken);
    this.time = time;
    this.answerWithin = answerWithin;
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
          TimeKeeper.Move move = time.advance(by, key);
          Optional<Instant> notYet = Optional.empty();
          return respond(move.done().toCompletableFuture().copy().thenApply(Optional::of)
              .completeOnTimeout(notYet, answerWithin.toMillis(), TimeUnit.MILLISECONDS)
              .thenApply(done -> done.isPresent() ? moved(done.get()) : stillMoving(move)));
        }))))));
  }

  private HttpResponse moved(Instant target) {
    Map<String, Object> answer = now();
    answer.put("target", target.toString());
    return json(StatusCodes.OK, answer);
  }

  /** 202: the move goes on; its target once it started, else the move it waits behind ({@code movingTo}). */
  private HttpResponse stillMoving(TimeKeeper.Move move) {
    Map<String, Object> answer = now();
    CompletableFuture<Instant> target = move.target().toCompletableFuture();
    if (target.isDone() && !target.isCompletedExceptionally()) {
      answer.put("target", target.join().toString());
    }
    return json(StatusCodes.ACCEPTED, answer);
  }

  /**
   * The time now, the mode, and while moves are going on how many ({@code movesPending}) and where
   * the current one goes ({@code movingTo}).
   */
  private Map<String, Object> now() {
    Map<String, Object> now = new LinkedHashMap<>();
    now.put("now", time.clock().instant().toString());
    now.put("mode", time.isSimulated() ? "simulated" : "system");
    if (time.pendingMoves() > 0) {
      now.put("movesPending", time.pendingMoves());
      time.movingTo().ifPresent(target -> now.put("movingTo", target.toString()));
    }
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
