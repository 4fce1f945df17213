package org.relance.http;

import org.apache.pekko.http.javadsl.model.ContentTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.http.scaladsl.model.IllegalRequestException;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.UUID;

/**
 * What a caller sees of a failure inside the service: {@code 500 {"error": "internal error", "id"}}
 * and nothing else (no class, no message); the same id is logged at ERROR with the stack trace, so an
 * operator finds the cause from the id a user reports. Every route of every face is wrapped here. A
 * request the HTTP layer refuses (a body over the size limit) is no failure: its status (413) and why.
 */
public final class ErrorAnswers extends AllDirectives {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
  private static final ErrorAnswers DIRECTIVES = new ErrorAnswers();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorAnswers() {}

  /** {@code routes}, with any exception they throw answered as {@link #internal}. */
  public static Route handled(Route routes) {
    return DIRECTIVES.handleExceptions(ExceptionHandler.newBuilder()
        .match(Throwable.class, failure -> DIRECTIVES.complete(refusedRequest(failure)
            .map(refused -> HttpResponse.create().withStatus(status(refused)).withEntity(HttpEntities.create(
                ContentTypes.APPLICATION_JSON, JSON.createObjectNode().put("error", refused.info().formatPretty())
                    .toString())))
            .orElseGet(() -> internal(failure))))
        .build(), () -> routes);
  }

  /** The request the HTTP layer refused (a body over the size limit: 413), if that is what {@code failure} is. */
  private static Optional<IllegalRequestException> refusedRequest(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalRequestException refused) {
        return Optional.of(refused);
      }
    }
    return Optional.empty();
  }

  /** 413 for a body over the limit (which the HTTP layer reports as a 400 "Request too large"), else its own. */
  private static int status(IllegalRequestException refused) {
    return refused.info().summary().startsWith("Request too large") ? StatusCodes.PAYLOAD_TOO_LARGE.intValue()
        : refused.status().intValue();
  }

  /** The 500 answer for {@code failure}, logged with a fresh id. */
  public static HttpResponse internal(Throwable failure) {
    String id = UUID.randomUUID().toString();
    LOG.error("internal error {}", id, failure);
    return HttpResponse.create().withStatus(StatusCodes.INTERNAL_SERVER_ERROR).withEntity(HttpEntities.create(
        ContentTypes.APPLICATION_JSON, "{\"error\":\"internal error\",\"id\":\"" + id + "\"}"));
  }
}
