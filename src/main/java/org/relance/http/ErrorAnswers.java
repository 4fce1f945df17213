package org.relance.http;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * What a caller sees of a failure inside the service: {@code 500 {"error": "internal error", "id"}}
 * and nothing else (no class, no message); the same id is logged at ERROR with the stack trace, so an
 * operator finds the cause from the id a user reports. Every route of every face is wrapped here.
 */
public final class ErrorAnswers extends AllDirectives {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
  private static final ErrorAnswers DIRECTIVES = new ErrorAnswers();

  private ErrorAnswers() {}

  /** {@code routes}, with any exception they throw answered as {@link #internal}. */
  public static Route handled(Route routes) {
    return DIRECTIVES.handleExceptions(ExceptionHandler.newBuilder()
        .match(Throwable.class, failure -> DIRECTIVES.complete(internal(failure)))
        .build(), () -> routes);
  }

  /** The 500 answer for {@code failure}, logged with a fresh id. */
  public static HttpResponse internal(Throwable failure) {
    String id = UUID.randomUUID().toString();
    LOG.error("internal error {}", id, failure);
    return HttpResponse.create().withStatus(StatusCodes.INTERNAL_SERVER_ERROR).withEntity(HttpEntities.create(
        ContentTypes.APPLICATION_JSON, "{\"error\":\"internal error\",\"id\":\"" + id + "\"}"));
  }
}
